import { Option, type Command } from 'commander';
import { detectBuildInfo } from '../api/git-info';
import { publishPacts } from '../api/publish-pacts';
import type { CommandContext } from '../io';
import { printNotices } from '../output/print-notices';
import {
  addBrokerOptions,
  brokerClientFrom,
  collect,
  outputOption,
  type BrokerConnectionOptions,
} from './broker-options';

interface PublishFlags extends BrokerConnectionOptions {
  consumerAppVersion?: string;
  branch?: string;
  tag?: string[];
  tagWithGitBranch?: boolean;
  merge?: boolean;
  buildUrl?: string;
  output: string;
}

const examples = `
Examples:
  $ treaty publish pacts --consumer-app-version 1.4.2 --branch main -b http://localhost:9292
  $ treaty publish pacts/orders-web-orders-api.json -t prod -t v1   # version and branch from git
  $ PACT_BROKER_BASE_URL=https://broker.example.com PACT_BROKER_TOKEN=... treaty publish pacts -o json`;

/** Register `treaty publish <files or dirs...>`. */
export function registerPublishCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('publish')
    .description('publish pact files to a Pact Broker (git commit and branch are used when not given)')
    .argument('<paths...>', 'pact files or directories of pact files')
    .option('-a, --consumer-app-version <version>', 'the consumer version (default: the git commit)')
    .option('--branch <branch>', "the consumer version's branch (default: the git branch)")
    .option('-t, --tag <tag>', 'tag the consumer version (repeatable, or comma separated)', collect)
    .option('--tag-with-git-branch', 'also tag the version with the git branch')
    .option('--build-url <url>', 'the CI build that made the pacts (default: from CI variables)')
    .addOption(
      new Option(
        '-r, --auto-detect-version-properties',
        'find commit, branch and build URL from CI or git (the default here)',
      ),
    )
    .option('--merge', 'merge the interactions into the pact already published for this version (instead of a 409)')
    .addOption(new Option('--validate').hideHelp())
    .addOption(new Option('--strict').hideHelp())
    .addOption(outputOption(['text', 'json', 'pretty'], 'text'))
    .addHelpText('after', examples);
  addBrokerOptions(command).action(async (paths: string[], flags: PublishFlags) => {
    const client = brokerClientFrom(flags);
    const build = detectBuildInfo({ env: ctx.env, cwd: ctx.cwd });
    const branch = flags.branch ?? build.branch;
    const tags = (flags.tag ?? [])
      .flatMap((t) => t.split(','))
      .map((t) => t.trim())
      .filter(Boolean);
    if (flags.tagWithGitBranch && build.branch) tags.push(build.branch);
    const results = await publishPacts({
      client,
      paths,
      cwd: ctx.cwd,
      consumerAppVersion: flags.consumerAppVersion ?? build.commit,
      branch,
      tags,
      buildUrl: flags.buildUrl ?? build.buildUrl,
      merge: flags.merge === true,
    });
    if (flags.output === 'json') return ctx.out(JSON.stringify(results, null, 2));
    for (const result of results) {
      const where = [
        result.branch && `branch ${result.branch}`,
        result.tags.length > 0 && `tags ${result.tags.join(', ')}`,
      ]
        .filter(Boolean)
        .join(', ');
      ctx.out(
        ctx.colors.green(
          `Published ${result.contracts.length} pact(s) of ${result.consumer} ` +
            `version ${result.version}${where ? ` (${where})` : ''}`,
        ),
      );
      for (const c of result.contracts) {
        ctx.out(`  ${c.consumer} -> ${c.provider}  ${ctx.colors.dim(c.file)}`);
        if (c.uiUrl ?? c.url) ctx.out(`  View the published pact at ${c.uiUrl ?? c.url}`);
      }
      printNotices(ctx, result.notices);
    }
  });
}
