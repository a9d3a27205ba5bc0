import type { Command } from 'commander';
import { describePacticipant } from '../api/pacticipants';
import type { CommandContext } from '../io';
import { cell, jsonCell, render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';

/** Register `treaty describe-pacticipant`. */
export function registerDescribePacticipantCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('describe-pacticipant')
    .description('show a pacticipant')
    .requiredOption('--name <name>', 'the pacticipant name')
    .addOption(formatOption('text'))
    .addHelpText('after', examples('treaty describe-pacticipant --name orders-api'));
  addBrokerOptions(command).action(async (flags: BrokerConnectionOptions & { name: string; output: string }) => {
    const p = await describePacticipant(brokerClientFrom(flags), flags.name);
    const fields: [string, unknown][] = [
      ['Name', p.name],
      ['Display Name', p.displayName],
      ['Main Branch', p.mainBranch ?? '-'],
      ['Repo URL', p.repositoryUrl ?? '-'],
      ['Created', p.createdAt],
      ['Updated', p.updatedAt ?? p.createdAt],
    ];
    render(ctx, flags.output, {
      json: p,
      text: () => fields.filter(([, value]) => value !== undefined).map(([label, value]) => `${label}: ${cell(value)}`),
      table: () => ({
        header: fields.map(([label]) => label.toUpperCase()),
        // The official table shows the resource's raw JSON values (quoted strings, null).
        rows: [[p.name, p.displayName, p.mainBranch, p.repositoryUrl, p.createdAt, p.updatedAt].map(jsonCell)],
      }),
    });
  });
}
