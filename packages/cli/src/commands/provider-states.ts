import { Option, type Command } from 'commander';
import { renderTable } from '../output/table';
import { listProviderStates } from '../api/provider-states';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples } from './command-output';

interface Flags extends BrokerConnectionOptions {
  provider: string;
  branch?: string;
  environment?: string;
  json?: string | true;
}

/** Register `treaty provider-states list`. */
export function registerProviderStatesCommand(program: Command, ctx: CommandContext): void {
  const group = program
    .command('provider-states')
    .description('provider states of the pacts a provider must honour')
    .addHelpText('after', examples('treaty provider-states list --provider orders-api'));
  const list = group
    .command('list')
    .description("list the de-duplicated provider states of a provider's pacts (main branches by default)")
    .requiredOption('-r, --provider <name>', 'the provider')
    .option('--branch <branch>', 'states from pacts of this consumer branch')
    .option('--environment <name>', 'states from pacts of versions in this environment')
    .addOption(new Option('--json [bool]', 'print JSON instead of a table'))
    .addHelpText(
      'after',
      examples(
        'treaty provider-states list --provider orders-api',
        'treaty provider-states list -r orders-api --branch main --json',
      ),
    );
  addBrokerOptions(list).action(async (flags: Flags) => {
    const providerStates = await listProviderStates({ client: brokerClientFrom(flags), ...flags });
    if (flags.json === true || flags.json === 'true') return ctx.out(JSON.stringify({ providerStates }, null, 2));
    const scope = flags.branch
      ? `Branch ${flags.branch}`
      : flags.environment
        ? `Environment ${flags.environment}`
        : 'Main branch';
    ctx.out(`Provider States for Provider: ${flags.provider}`);
    ctx.out(`Scope: ${scope}`);
    ctx.out('');
    const rows = providerStates.map((s) => [
      s.name,
      (s.consumers ?? []).join(', '),
      s.params ? JSON.stringify(s.params) : '',
    ]);
    ctx.out(renderTable(['Provider State Name', 'Consumers', 'Parameters'], rows));
  });
}
