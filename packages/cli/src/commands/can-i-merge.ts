import type { Command } from 'commander';
import { canIDeploy } from '../api/can-i-deploy';
import { ExitCode } from '../exit-codes';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { printCanIDeployResult } from './can-i-deploy';
import { examples, formatOption } from './command-output';
import { positiveNumber, wholeNumber } from './numeric-flags';
import { checkSelectors, trackSelectors } from './pacticipant-selectors';

interface Flags extends BrokerConnectionOptions {
  retryWhileUnknown?: number;
  retryInterval?: number;
  dryRun?: boolean;
  output: string;
}

/** Register `treaty can-i-merge`. */
export function registerCanIMergeCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('can-i-merge')
    .description(
      'check a version against the latest main-branch versions of ' +
        'everything it integrates with (exit 0 only when it can merge)',
    )
    .option('-a, --pacticipant <name>', 'a pacticipant (repeatable; --version applies to the one before it)')
    .option('-e, --version <version>', 'the version of the pacticipant before it')
    .option('--retry-while-unknown <times>', 'ask again this many times while results are missing', wholeNumber())
    .option('--retry-interval <seconds>', 'seconds before the first retry (default 10)', positiveNumber())
    .option('--dry-run', 'always exit 0')
    .addOption(formatOption('table'))
    .addHelpText('after', examples('treaty can-i-merge --pacticipant orders-web --version "$GIT_SHA"'));
  const state = trackSelectors(command);
  addBrokerOptions(command).action(async (flags: Flags) => {
    checkSelectors(state);
    const result = await canIDeploy({
      client: brokerClientFrom(flags),
      selectors: state.selectors,
      toMainBranch: true,
      retryWhileUnknown: flags.retryWhileUnknown ?? 0,
      retryInterval: flags.retryInterval,
      onRetry: (attempt, waitMs) =>
        ctx.err(
          `Waiting ${+(waitMs / 1000).toFixed(1)} s for verification results (retry ${attempt} ` +
            `of ${flags.retryWhileUnknown})...`,
        ),
    });
    const dryRun = flags.dryRun === true || ctx.env.PACT_BROKER_CAN_I_DEPLOY_DRY_RUN === 'true';
    if (flags.output === 'json' || flags.output === 'pretty') ctx.out(JSON.stringify(result, null, 2));
    else printCanIDeployResult(ctx, result, dryRun);
    if (dryRun) ctx.err('[dry-run] exiting 0 whatever the answer.');
    ctx.setExitCode(result.summary.deployable === true || dryRun ? ExitCode.ok : ExitCode.failed);
  });
}
