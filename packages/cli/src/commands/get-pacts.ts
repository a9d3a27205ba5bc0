import { resolve } from 'node:path';
import type { Command } from 'commander';
import { downloadPacts, getPacts } from '../api/pacts';
import type { CommandContext } from '../io';
import { jsonCell, render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';

interface Flags extends BrokerConnectionOptions {
  provider: string;
  consumer?: string;
  branch?: string;
  latest?: boolean;
  download?: boolean;
  downloadDir: string;
  output: string;
}

/** Register `treaty get-pacts`. */
export function registerGetPactsCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('get-pacts')
    .description(
      "get a provider's pacts (of the consumers' main branches, or of --branch), optionally downloading them",
    )
    .requiredOption('--provider <name>', 'the provider')
    .option('--consumer <name>', 'only pacts of this consumer')
    .option('--branch <branch>', "the consumers' branch (default: each consumer's main branch)")
    .option('--latest', 'only the latest pact of each consumer')
    .option('--download', 'write the pacts to --download-dir')
    .option('--download-dir <dir>', 'where --download writes', './pacts')
    .addOption(formatOption('table'))
    .addHelpText(
      'after',
      examples(
        'treaty get-pacts --provider orders-api --latest',
        'treaty get-pacts --provider orders-api --branch main --download --download-dir ./pacts',
      ),
    );
  addBrokerOptions(command).action(async (flags: Flags) => {
    const pacts = await getPacts({ client: brokerClientFrom(flags), ...flags });
    const paths = flags.download ? await downloadPacts(pacts, resolve(ctx.cwd, flags.downloadDir)) : [];
    render(ctx, flags.output, {
      json: {
        pacts: pacts.map(({ content, ...rest }, i) => ({ ...rest, ...(paths[i] ? { file: paths[i] } : {}), content })),
      },
      table: () => ({
        header: ['CONSUMER', 'TITLE', 'LINK', ...(flags.download ? ['FILE'] : [])],
        rows: pacts.map((p, i) => [
          jsonCell(p.consumer),
          jsonCell(p.title ?? p.description),
          jsonCell(p.url),
          ...(flags.download ? [paths[i]] : []),
        ]),
      }),
    });
  });
}
