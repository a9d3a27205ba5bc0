import type { Command } from 'commander';
import { createOrUpdatePacticipant } from '../api/pacticipants';
import type { CommandContext } from '../io';
import { render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';

interface Flags extends BrokerConnectionOptions {
  name: string;
  displayName?: string;
  mainBranch?: string;
  repositoryUrl?: string;
  output: string;
}

/** Register `treaty create-or-update-pacticipant`. */
export function registerCreateOrUpdatePacticipantCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('create-or-update-pacticipant')
    .description('create a pacticipant (an application), or change the given fields of an existing one')
    .requiredOption('--name <name>', 'the pacticipant name')
    .option('--display-name <name>', 'a name for people')
    .option('--main-branch <branch>', 'the main development branch')
    .option('--repository-url <url>', 'the repository URL')
    .addOption(formatOption('text'))
    .addHelpText(
      'after',
      examples(
        'treaty create-or-update-pacticipant --name orders-api --main-branch main --repository-url ' +
          'https://github.com/acme/orders-api',
      ),
    );
  addBrokerOptions(command).action(async (flags: Flags) => {
    const { created, pacticipant } = await createOrUpdatePacticipant(brokerClientFrom(flags), flags);
    if (flags.output !== 'text') return render(ctx, flags.output, { json: pacticipant });
    ctx.out(ctx.colors.green(`Pacticipant "${flags.name}" ${created ? 'created' : 'updated'}`));
  });
}
