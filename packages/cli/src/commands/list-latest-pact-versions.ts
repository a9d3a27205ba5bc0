import type { Command } from 'commander';
import { listLatestPactVersions } from '../api/pacts';
import type { CommandContext } from '../io';
import { jsonCell, render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';

/** Register `treaty list-latest-pact-versions`. */
export function registerListLatestPactVersionsCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('list-latest-pact-versions')
    .description('list the latest pact of each integration')
    .addOption(formatOption('table'))
    .addHelpText(
      'after',
      examples('treaty list-latest-pact-versions', 'treaty list-latest-pact-versions --output json'),
    );
  addBrokerOptions(command).action(async (flags: BrokerConnectionOptions & { output: string }) => {
    const { resource, pacts } = await listLatestPactVersions(brokerClientFrom(flags));
    render(ctx, flags.output, {
      json: resource,
      table: () => ({
        header: ['CONSUMER', 'CONSUMER_VERSION', 'PROVIDER', 'CREATED_AT'],
        rows: pacts.map((p) => [p.consumer, p.consumerVersion, p.provider, p.createdAt].map(jsonCell)),
      }),
    });
  });
}
