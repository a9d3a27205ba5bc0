import type { Command } from 'commander';
import type { CommandContext } from '../io';
import { examples } from './command-output';

/** Register `treaty version` (the same as `treaty --version`). */
export function registerVersionCommand(program: Command, ctx: CommandContext, version: string): void {
  program
    .command('version')
    .description('print the treaty version')
    .addHelpText('after', examples('treaty version'))
    .action(() => ctx.out(version));
}
