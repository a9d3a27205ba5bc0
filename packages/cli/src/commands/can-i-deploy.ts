import { Option, type Command } from 'commander';
import { canIDeploy, type CanIDeployResult } from '../api/can-i-deploy';
import { ExitCode } from '../exit-codes';
import type { CommandContext } from '../io';
import { printNotices } from '../output/print-notices';
import { renderTable } from '../output/table';
import { addBrokerOptions, brokerClientFrom, outputOption, type BrokerConnectionOptions } from './broker-options';
import { positiveNumber, wholeNumber } from './numeric-flags';
import { checkSelectors, trackSelectors } from './pacticipant-selectors';

interface CanIDeployFlags extends BrokerConnectionOptions {
  toEnvironment?: string;
  to?: string;
  retryWhileUnknown?: number;
  retryInterval?: number;
  dryRun?: boolean;
  limit?: number;
  output: string;
}

const examples =
  `
Examples:
  $ treaty can-i-deploy --pacticipant orders-web --version 1.4.2 --to-environment production
  $ treaty can-i-deploy -a orders-api -e 2.0.0 -a orders-web --latest --output json
  $ treaty can-i-deploy --pacticipant orders-web --branch main --to-environment production ` +
  `--retry-while-unknown 6 --retry-interval 10

Exit codes (as pact-broker's): 0 deployable, 1 not deployable, unknown or failed, 2 a wrong command line.`;

function statusOf(success: boolean | undefined): string {
  return success === true ? 'success' : success === false ? 'failure' : 'unknown';
}

/** The matrix rows, each with its number in the VERIFICATION RESULTS list (0 for none, as the official CLI). */
function resultRows(result: CanIDeployResult): { rows: string[][]; urls: string[] } {
  const urls: string[] = [];
  const rows = result.matrix.map((row) => {
    const verification = row.verificationResult;
    const href = verification?._links?.self?.href;
    if (href) urls.push(`${urls.length + 1}. ${href} (${statusOf(verification?.success)})`);
    return [
      row.consumer.name,
      row.consumer.version?.number ?? 'unknown',
      row.provider.name,
      row.provider.version?.number ?? 'unknown',
      verification ? String(verification.success ?? 'unknown') : 'unknown',
      href ? String(urls.length) : '0',
    ];
  });
  return { rows, urls };
}

/**
 * Print a can-i-deploy (or can-i-merge) answer as the official Rust CLI does: the matrix with result numbers, the
 * verification result URLs, the reason and notices, then the verdict.
 */
export function printCanIDeployResult(ctx: CommandContext, result: CanIDeployResult, dryRun = false): void {
  const { deployable, reason } = result.summary;
  if (result.matrix.length > 0) {
    const { rows, urls } = resultRows(result);
    ctx.out(renderTable(['CONSUMER', 'C.VERSION', 'PROVIDER', 'P.VERSION', 'SUCCESS?', 'RESULT'], rows));
    if (urls.length > 0) {
      ctx.out('\nVERIFICATION RESULTS\n--------------------');
      for (const line of urls) ctx.out(line);
      ctx.out('\n');
    }
  }
  if (reason && !result.notices.some((n) => n.text.includes(reason))) ctx.out(reason);
  printNotices(ctx, result.notices);
  ctx.out('\n');
  if (deployable) return ctx.out(`✅ Computer says yes ${ctx.colors.green('\\o/')}`);
  ctx.out(`❌ Computer says no ${ctx.colors.red('¯\\_(ツ)_/¯')}`);
  ctx.out(dryRun ? '📌 Dry run enabled, suppressing failing exit code' : '❌ No deployable version found');
}

/** Register `treaty can-i-deploy`. */
export function registerCanIDeployCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('can-i-deploy')
    .description(
      'ask the broker whether versions can be deployed together or to an environment (exit 0 only when they can)',
    )
    .option('-a, --pacticipant <name>', 'a pacticipant (repeatable; the options below apply to the one before them)')
    .option('-e, --version <version>', 'the version of the pacticipant before it')
    .addOption(new Option('-l, --latest [tag]', 'the latest version (with this tag) of the pacticipant before it'))
    .option('--branch <branch>', 'the latest version of this branch of the pacticipant before it')
    .option('--tag <tag>', 'the version with this tag of the pacticipant before it')
    .addOption(new Option('--all <tag>', "the Ruby CLI's spelling of --tag: every version with this tag").hideHelp())
    .addOption(
      new Option('--limit <n>', 'the most matrix rows to consider (Ruby CLI)').argParser(wholeNumber(1)).hideHelp(),
    )
    .option('--main-branch', 'the latest version of the main branch of the pacticipant before it')
    .addOption(new Option('--no-main-branch <value>', 'accepted for compatibility; ignored').hideHelp())
    .addOption(new Option('--skip-main-branch <value>', 'accepted for compatibility; ignored').hideHelp())
    .option('--ignore <name>', 'leave this pacticipant (or, with --version after it, that version) out of the decision')
    .option('--to-environment <environment>', 'the environment to deploy to')
    .option('--to <tag>', 'the tag of the target (pre-environments way)')
    .option('--retry-while-unknown <times>', 'ask again this many times while results are missing', wholeNumber())
    .option(
      '--retry-interval <seconds>',
      'seconds before the first retry, doubling after (default 10)',
      positiveNumber(),
    )
    .addOption(new Option('--dry-run', 'always exit 0').env('PACT_BROKER_CAN_I_DEPLOY_DRY_RUN'))
    .addOption(outputOption(['table', 'json'], 'table'))
    .addHelpText('after', examples);
  const state = trackSelectors(command);
  addBrokerOptions(command).action(async (flags: CanIDeployFlags) => {
    checkSelectors(state);
    const envIgnores = (ctx.env.PACT_BROKER_CAN_I_DEPLOY_IGNORE ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const result = await canIDeploy({
      client: brokerClientFrom(flags),
      selectors: state.selectors,
      toEnvironment: flags.toEnvironment,
      to: flags.to,
      ignore: [...state.ignore, ...envIgnores.map((pacticipant) => ({ pacticipant }))],
      retryWhileUnknown: flags.retryWhileUnknown ?? 0,
      limit: flags.limit,
      retryInterval: flags.retryInterval,
      onRetry: (attempt, waitMs) =>
        ctx.err(
          `Waiting ${+(waitMs / 1000).toFixed(1)} s for verification results (retry ${attempt} ` +
            `of ${flags.retryWhileUnknown})...`,
        ),
    });
    const dryRun = flags.dryRun === true || String(flags.dryRun) === 'true';
    if (flags.output === 'json') ctx.out(JSON.stringify(result, null, 2));
    else printCanIDeployResult(ctx, result, dryRun);
    if (dryRun) ctx.err('[dry-run] exiting 0 whatever the answer.');
    ctx.setExitCode(result.summary.deployable === true || dryRun ? ExitCode.ok : ExitCode.failed);
  });
}
