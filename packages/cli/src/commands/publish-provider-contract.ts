import { Option, type Command } from 'commander';
import { detectBuildInfo } from '../api/git-info';
import { publishProviderContract, type PublishProviderContractOptions } from '../api/provider-contracts';
import { cliErrors } from '../errors';
import type { CommandContext } from '../io';
import { printNotices } from '../output/print-notices';
import { addBrokerOptions, brokerClientFrom, collect, type BrokerConnectionOptions } from './broker-options';
import { examples } from './command-output';
import { wholeNumber } from './numeric-flags';

/** The flags passed through to the programmatic API unchanged. */
type PassedFlags = Pick<
  PublishProviderContractOptions,
  | 'provider'
  | 'branch'
  | 'contentType'
  | 'verificationResults'
  | 'verificationResultsContentType'
  | 'verificationResultsFormat'
  | 'verifier'
  | 'verifierVersion'
  | 'buildUrl'
>;

interface Flags extends BrokerConnectionOptions, PassedFlags {
  providerAppVersion?: string;
  tag?: string[];
  tagWithGitBranch?: boolean;
  autoDetectVersionProperties?: boolean;
  specification: string;
  verificationSuccess?: boolean;
  verificationExitCode?: number;
  output: string;
}

const example = examples(
  'treaty publish-provider-contract openapi.yaml --provider orders-api --provider-app-version "$GIT_SHA" ' +
    '--branch main --verification-exit-code $? --verification-results report.txt --verifier dredd',
);

/** The self-verification result; none given counts as failed, as the official CLI does, with a warning. */
function success(flags: Flags, ctx: CommandContext): boolean {
  if (flags.verificationExitCode !== undefined) return flags.verificationExitCode === 0;
  if (flags.verificationSuccess !== undefined) return flags.verificationSuccess;
  ctx.err(
    'treaty: no self-verification result (--verification-success, --no-verification-success or ' +
      '--verification-exit-code): publishing it as failed, as pact-broker does.',
  );
  return false;
}

/** Register `treaty publish-provider-contract` (PactFlow's bi-directional flow). */
export function registerPublishProviderContractCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('publish-provider-contract')
    .description("publish a provider's OpenAPI document and its own test result (bi-directional contract testing)")
    .argument('<contract-file>', 'the OpenAPI document (YAML or JSON)')
    .requiredOption('--provider <name>', 'the provider')
    .option('-a, --provider-app-version <version>', 'the provider version (default: the git commit)')
    .option('--branch <branch>', 'the provider version branch (default: the git branch)')
    .option('-t, --tag <tag>', 'tag the provider version (repeatable, or comma separated)', collect)
    .option('--tag-with-git-branch', 'also tag it with the current git branch')
    .addOption(
      new Option(
        '-r, --auto-detect-version-properties',
        'find commit, branch and build URL from CI or git (the default here)',
      ),
    )
    .option('--specification <spec>', 'the contract specification', 'oas')
    .option('--content-type <type>', 'the content type (default: from the file extension)')
    .option('--verification-success', 'the provider passed its own check of the contract')
    .option('--no-verification-success', 'the provider failed its own check of the contract')
    .option('--verification-exit-code <n>', 'the exit code of that check (0 is success)', wholeNumber())
    .option('--verification-results <file>', 'the output of that check')
    .option('--verification-results-content-type <type>', 'its content type (default text/plain)')
    .option('--verification-results-format <format>', 'its format, e.g. junit or text')
    .option('--verifier <tool>', 'the tool that checked the provider')
    .option('--verifier-version <version>', 'its version')
    .option('--build-url <url>', 'the CI build (default: from CI variables)')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json', 'pretty']).default('text'))
    .addHelpText('after', example);
  addBrokerOptions(command).action(async (contractFile: string, flags: Flags) => {
    const build = detectBuildInfo({ env: ctx.env, cwd: ctx.cwd });
    const providerAppVersion = flags.providerAppVersion ?? build.commit;
    if (!providerAppVersion)
      throw cliErrors.TREATY_CLI_USAGE([
        'no provider version: pass --provider-app-version or run inside a git repository',
      ]);
    const tags = (flags.tag ?? [])
      .flatMap((t) => t.split(','))
      .map((t) => t.trim())
      .filter(Boolean);
    if (flags.tagWithGitBranch && build.branch) tags.push(build.branch);
    const answer = await publishProviderContract({
      ...flags,
      client: brokerClientFrom(flags),
      cwd: ctx.cwd,
      contractFile,
      providerAppVersion,
      tags,
      branch: flags.branch ?? build.branch,
      buildUrl: flags.buildUrl ?? build.buildUrl,
      verificationSuccess: success(flags, ctx),
    });
    if (flags.output !== 'text') return ctx.out(JSON.stringify(answer, null, 2));
    const notices = Array.isArray(answer.notices) ? (answer.notices as { type: string; text: string }[]) : [];
    if (notices.length > 0) printNotices(ctx, notices);
    else ctx.out(ctx.colors.green(`Published provider contract for ${flags.provider} version ${providerAppVersion}`));
  });
}
