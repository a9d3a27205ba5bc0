import type { Command } from 'commander';
import { deleteVersionTag } from '../api/versions';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples } from './command-output';

/** Register `treaty delete-version-tag`. */
export function registerDeleteVersionTagCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('delete-version-tag')
    .description('remove a tag from a pacticipant version')
    .requiredOption('-a, --pacticipant <name>', 'the pacticipant')
    .requiredOption('-e, --version <version>', 'the version number')
    .requiredOption('-t, --tag <tag>', 'the tag to remove')
    .addHelpText('after', examples('treaty delete-version-tag -a orders-api -e 2.0.0 -t prod'));
  addBrokerOptions(command).action(
    async (flags: BrokerConnectionOptions & { pacticipant: string; version: string; tag: string }) => {
      await deleteVersionTag({ client: brokerClientFrom(flags), ...flags });
      ctx.out(ctx.colors.green(`Deleted tag ${flags.tag} from ${flags.pacticipant} version ${flags.version}`));
    },
  );
}
