import type { Command } from 'commander';
import { listEnvironments } from '../api/environments';
import type { CommandContext } from '../io';
import { render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';
import { environmentsRendering } from './environment-view';

/** Register `treaty list-environments`. */
export function registerListEnvironmentsCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('list-environments')
    .description('list the environments')
    .addOption(formatOption('text'))
    .addHelpText('after', examples('treaty list-environments', 'treaty list-environments --output json'));
  addBrokerOptions(command).action(async (flags: BrokerConnectionOptions & { output: string }) => {
    render(ctx, flags.output, environmentsRendering(await listEnvironments(brokerClientFrom(flags))));
  });
}
