import type { Command } from 'commander';
import { listPacticipants } from '../api/pacticipants';
import type { CommandContext } from '../io';
import { jsonCell, render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';

/** Register `treaty list-pacticipants`. */
export function registerListPacticipantsCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('list-pacticipants')
    .description('list the pacticipants (consumers and providers)')
    .addOption(formatOption('table'))
    .addHelpText('after', examples('treaty list-pacticipants', 'treaty list-pacticipants --output json'));
  addBrokerOptions(command).action(async (flags: BrokerConnectionOptions & { output: string }) => {
    const pacticipants = await listPacticipants(brokerClientFrom(flags));
    render(ctx, flags.output, {
      json: { pacticipants },
      table: () => ({
        header: ['NAME', 'DISPLAY NAME'],
        rows: pacticipants.map((p) => [jsonCell(p.name), jsonCell(p.displayName)]),
      }),
    });
  });
}
