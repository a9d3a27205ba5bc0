import type { Command } from 'commander';
import { deleteEnvironment } from '../api/environments';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples } from './command-output';

/** Register `treaty delete-environment`. */
export function registerDeleteEnvironmentCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('delete-environment')
    .description('delete an environment (and the record of what is deployed to it)')
    .requiredOption('--uuid <uuid>', 'the UUID of the environment')
    .addHelpText('after', examples('treaty delete-environment --uuid 4d2a...'));
  addBrokerOptions(command).action(async (flags: BrokerConnectionOptions & { uuid: string }) => {
    const environment = await deleteEnvironment(brokerClientFrom(flags), flags.uuid);
    ctx.out(ctx.colors.green(`Deleted environment ${environment.name} from the Pact Broker`));
  });
}
