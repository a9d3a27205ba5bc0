import type { Command } from 'commander';
import { detectBuildInfo } from '../api/git-info';
import { createVersionTags } from '../api/versions';
import { cliErrors } from '../errors';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples } from './command-output';

interface Flags extends BrokerConnectionOptions {
  pacticipant: string;
  version: string;
  tag?: string[];
  autoCreateVersion?: boolean;
  tagWithGitBranch?: boolean;
}

/** Register `treaty create-version-tag`. */
export function registerCreateVersionTagCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('create-version-tag')
    .description('tag a pacticipant version')
    .requiredOption('-a, --pacticipant <name>', 'the pacticipant')
    .requiredOption('-e, --version <version>', 'the version number')
    .option('-t, --tag <tags...>', 'tags (several after one -t, or repeatable)')
    .option('--auto-create-version', 'create the version when it does not exist')
    .option('-g, --tag-with-git-branch', 'also tag it with the current git branch')
    .addHelpText('after', examples('treaty create-version-tag -a orders-api -e 2.0.0 -t prod -t eu'));
  addBrokerOptions(command).action(async (flags: Flags) => {
    const tags = [...(flags.tag ?? [])];
    if (flags.tagWithGitBranch) {
      const branch = detectBuildInfo({ env: ctx.env, cwd: ctx.cwd }).branch;
      if (!branch)
        throw cliErrors.TREATY_CLI_USAGE(['--tag-with-git-branch found no git branch (not in a git repository or CI)']);
      tags.push(branch);
    }
    if (tags.length === 0) throw cliErrors.TREATY_CLI_USAGE(['no tag: pass --tag or --tag-with-git-branch']);
    await createVersionTags({ client: brokerClientFrom(flags), ...flags, tags });
    ctx.out(ctx.colors.green(`Tagged ${flags.pacticipant} version ${flags.version} with tag(s) ${tags.join(', ')}`));
  });
}
