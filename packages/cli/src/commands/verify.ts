import { Option, type Command } from 'commander';
import { detectBuildInfo } from '../api/git-info';
import { verifierOptionsFromFlags, type VerifyFlags } from '../api/verify-options';
import { cliErrors } from '../errors';
import type { CommandContext } from '../io';
import { startProgress, type Progress } from '../output/progress';
import { collect } from './broker-options';
import { wholeNumber } from './numeric-flags';
import { waitForProviderWithProgress } from './provider-wait';
import { addVerifierCliOptions, withFilterEnv } from './verifier-cli-options';

const examples =
  `
Examples:
  $ treaty verify --provider orders-api --provider-base-url http://localhost:3000 --pact-url pacts/
  $ treaty verify --provider orders-api --provider-base-url http://localhost:3000 -b http://localhost:9292 \\
      --consumer-version-selectors '{"mainBranch":true}' --consumer-version-selectors '{"deployedOrReleased":true}' \\
      --enable-pending --openapi openapi.yaml --provider-app-version "$GIT_SHA" --provider-version-branch main \\
      --publish-verification-results --state-change-url http://localhost:3000/_pact/state
  $ treaty verify --provider orders-api --provider-base-url http://localhost:3000 --pact-url pacts/ ` +
  `--format junit --output reports/pact.xml

Exit codes: 0 verified, 1 a non-pending interaction failed, 2 bad input or provider not reachable, 3 broker error.`;

/** Colour the console reporter's marks when writing to a terminal. */
function colouredSink(ctx: CommandContext, progress: Progress): { write(text: string): boolean } {
  const { green, red, yellow } = ctx.colors;
  const paint = (line: string) =>
    /^\s*✓|^PASS/.test(line)
      ? green(line)
      : /^\s*✗|^FAIL/.test(line)
        ? red(line)
        : /^\s*○|^warning:/.test(line)
          ? yellow(line)
          : line;
  return {
    write: (text: string) => {
      progress.clear();
      return ctx.stdout.write(text.split('\n').map(paint).join('\n'));
    },
  };
}

/** Register `treaty verify [pacts...]`. */
export function registerVerifyCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('verify')
    .description(
      "verify a running provider against its consumers' pacts (files, URLs or a broker) and its OpenAPI document",
    )
    .argument('[pacts...]', 'pact files, directories or URLs (same as --pact-url)')
    .option('--provider <name>', "the provider's name (required with a broker)")
    .option('--provider-base-url <url>', 'where the provider runs')
    .option('--pact-url <url>', 'a pact file, directory or URL (repeatable)', collect)
    .addOption(
      new Option('-b, --broker-base-url <url>', 'fetch pacts for verification from this broker').env(
        'PACT_BROKER_BASE_URL',
      ),
    )
    .addOption(new Option('-k, --broker-token <token>', 'broker bearer token').env('PACT_BROKER_TOKEN'))
    .addOption(new Option('-u, --broker-username <username>', 'broker Basic auth username').env('PACT_BROKER_USERNAME'))
    .addOption(new Option('-p, --broker-password <password>', 'broker Basic auth password').env('PACT_BROKER_PASSWORD'))
    .option(
      '--consumer-version-selectors <json>',
      'a selector as JSON, e.g. \'{"mainBranch":true}\' (repeatable)',
      collect,
    )
    .option('--consumer-version-tags <tags>', 'comma separated tags (older than selectors)')
    .option('--consumer <name>', 'only verify pacts of this consumer (repeatable)', collect)
    .option('--enable-pending', 'failures of pending pacts do not fail the run')
    .option('--include-wip-pacts-since <date>', 'also verify work-in-progress pacts published since this date')
    .option(
      '--provider-app-version <version>',
      'the provider version results are published for (default: the git commit)',
    )
    .option('--provider-version-branch <branch>', "the provider version's branch (default: the git branch)")
    .option('--provider-version-tags <tags>', 'comma separated tags of the provider version')
    .option('--publish-verification-results', 'publish the results to the broker')
    .option('--build-url <url>', 'the CI build, shown in the broker')
    .option('--openapi <file>', 'also check every request and response against this OpenAPI document')
    .option('--asyncapi <file>', 'also check every produced message against this AsyncAPI 2.x/3.x document')
    .option('-s, --state-change-url <url>', 'POST provider states here before each interaction')
    .option(
      '--messages-url <url>',
      'POST { description, providerStates } here to get each message (Pact message proxy protocol)',
    )
    .option('--custom-provider-header <header>', "add 'Name: value' to every request (repeatable)", collect)
    .option('--timeout <ms>', 'per-request timeout; also bounds waiting for the provider', wholeNumber(1), 30000)
    .option('--no-fail-if-no-pacts-found', 'exit 0 when there is nothing to verify')
    .addOption(
      new Option('--format <format>', 'report format').choices(['console', 'json', 'junit']).default('console'),
    )
    .option('--output <file>', 'write the json/junit report to this file (the console report still prints)')
    .addHelpText('after', examples);
  addVerifierCliOptions(command).action(async (pacts: string[], flags: VerifyFlags) => {
    const { verifyProvider, waitForProvider } = await import('@treaty/provider');
    const options = verifierOptionsFromFlags(flags, pacts);
    if (!options.pactUrls && !options.pactBrokerUrl) {
      throw cliErrors.TREATY_CLI_USAGE([
        'no pacts to verify: give pact files or URLs (arguments or --pact-url) or a broker ' +
          '(--broker-base-url or PACT_BROKER_BASE_URL)',
      ]);
    }
    if (options.publishVerificationResult) {
      const build = detectBuildInfo({ env: ctx.env, cwd: ctx.cwd });
      options.providerVersion ??= build.commit;
      options.providerVersionBranch ??= build.branch;
      options.buildUrl ??= build.buildUrl;
    }
    const from = options.pactUrls?.join(', ') ?? options.pactBrokerUrl ?? 'nowhere';
    ctx.err(
      ctx.colors.dim(
        `Verifying ${options.provider ?? 'the provider'} at ${options.providerBaseUrl ?? '(no URL)'} ` +
          `against pacts from ${from}${options.openapi ? ` and ${options.openapi}` : ''}...`,
      ),
    );
    // Only an http(s) URL: anything else is for the verifier to reject with its own message.
    if (/^https?:\/\/[^/]/i.test(options.providerBaseUrl ?? '')) {
      await waitForProviderWithProgress(
        ctx,
        waitForProvider,
        options.providerBaseUrl as string,
        options.timeout ?? 30_000,
      );
    }
    const progress = startProgress(ctx, `verifying ${options.provider ?? 'the provider'}…`);
    try {
      const output = flags.format === 'console' || flags.output ? colouredSink(ctx, progress) : ctx.stdout;
      await withFilterEnv(flags as unknown as Record<string, unknown>, () => verifyProvider({ ...options, output }));
    } finally {
      progress.stop();
    }
  });
}
