import type { Command } from 'commander';
import { createOrUpdateVersion } from '../api/versions';
import type { CommandContext } from '../io';
import { render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';

interface Flags extends BrokerConnectionOptions {
  pacticipant: string;
  version: string;
  branch?: string;
  tag?: string[];
  output: string;
}

/** Register `treaty create-or-update-version`. */
export function registerCreateOrUpdateVersionCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('create-or-update-version')
    .description('create a pacticipant version, or add a branch and tags to it')
    .requiredOption('-a, --pacticipant <name>', 'the pacticipant')
    .requiredOption('-e, --version <version>', 'the version number')
    .option('--branch <branch>', 'the repository branch of the version')
    .option('-t, --tag <tags...>', 'tags (several after one -t, repeatable, or comma separated)')
    .addOption(formatOption('text'))
    .addHelpText('after', examples('treaty create-or-update-version -a orders-api -e 2.0.0 --branch main -t prod'));
  addBrokerOptions(command).action(async (flags: Flags) => {
    const tags = (flags.tag ?? [])
      .flatMap((t) => t.split(','))
      .map((t) => t.trim())
      .filter(Boolean);
    const version = await createOrUpdateVersion({ client: brokerClientFrom(flags), ...flags, tags });
    if (flags.output !== 'text') return render(ctx, flags.output, { json: version });
    const extras = [flags.branch && `branch ${flags.branch}`, tags.length > 0 && `tag(s) ${tags.join(', ')}`]
      .filter(Boolean)
      .join(' and ');
    ctx.out(
      ctx.colors.green(
        `Created or updated ${flags.pacticipant} version ${flags.version}${extras ? ` with ${extras}` : ''}`,
      ),
    );
  });
}
