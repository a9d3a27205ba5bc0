import type { Command } from 'commander';
import { describeEnvironment } from '../api/environments';
import type { CommandContext } from '../io';
import { render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';
import { environmentRendering } from './environment-view';

/** Register `treaty describe-environment`. */
export function registerDescribeEnvironmentCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('describe-environment')
    .description('show an environment')
    .requiredOption('--uuid <uuid>', 'the UUID of the environment')
    .addOption(formatOption('text'))
    .addHelpText('after', examples('treaty describe-environment --uuid 4d2a... --output json'));
  addBrokerOptions(command).action(async (flags: BrokerConnectionOptions & { uuid: string; output: string }) => {
    render(ctx, flags.output, environmentRendering(await describeEnvironment(brokerClientFrom(flags), flags.uuid)));
  });
}
