import { Option, type Command } from 'commander';
import { deleteBranch } from '../api/versions';
import { cliErrors } from '../errors';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples } from './command-output';

interface Flags extends BrokerConnectionOptions {
  pacticipant: string;
  branch: string;
  errorWhenNotFound: string | boolean;
}

/** Register `treaty delete-branch`. */
export function registerDeleteBranchCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('delete-branch')
    .description(
      'delete a pacticipant branch (its versions, pacts and results stay, but selectors no longer find them by branch)',
    )
    .requiredOption('-a, --pacticipant <name>', 'the pacticipant')
    .requiredOption('--branch <branch>', 'the branch')
    .addOption(
      new Option('--error-when-not-found [bool]', 'fail when there is no such branch (true or false; alone: true)')
        .choices(['true', 'false'])
        .default('false'),
    )
    .addOption(
      new Option('--no-error-when-not-found', "the Ruby CLI's spelling of --error-when-not-found false").hideHelp(),
    )
    .addHelpText('after', examples('treaty delete-branch -a orders-web --branch feat/old-checkout'));
  addBrokerOptions(command).action(async (flags: Flags) => {
    const deleted = await deleteBranch({ client: brokerClientFrom(flags), ...flags });
    if (deleted) return ctx.out(ctx.colors.green(`Deleted branch ${flags.branch} of pacticipant ${flags.pacticipant}`));
    if (flags.errorWhenNotFound === true || flags.errorWhenNotFound === 'true') {
      throw cliErrors.TREATY_CLI_NOT_FOUND([
        `branch ${flags.branch} of ${flags.pacticipant}`,
        'Check the names, or leave out --error-when-not-found',
      ]);
    }
    ctx.out(`Could not delete branch ${flags.branch} of pacticipant ${flags.pacticipant} as it was not found`);
  });
}
