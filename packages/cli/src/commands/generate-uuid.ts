import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import type { CommandContext } from '../io';
import { examples } from './command-output';

/** Register `treaty generate-uuid`. */
export function registerGenerateUuidCommand(program: Command, ctx: CommandContext): void {
  program
    .command('generate-uuid')
    .description('print a new UUID, for create-or-update-webhook --uuid')
    .addHelpText('after', examples('treaty generate-uuid'))
    .action(() => ctx.out(randomUUID()));
}
