import type { Command } from 'commander';
import { updateEnvironment } from '../api/environments';
import type { CommandContext } from '../io';
import { render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';
import { environmentRendering } from './environment-view';

interface Flags extends BrokerConnectionOptions {
  uuid: string;
  name?: string;
  displayName?: string;
  production?: boolean;
  contactName?: string;
  contactEmailAddress?: string;
  output: string;
}

/** Register `treaty update-environment`. */
export function registerUpdateEnvironmentCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('update-environment')
    .description('change an environment; fields left out keep their values')
    .requiredOption('--uuid <uuid>', 'the UUID of the environment')
    .option('--name <name>', 'the new name')
    .option('--display-name <name>', 'the new display name')
    .option('--production', 'mark it as a production environment')
    .option('--no-production', 'mark it as not a production environment')
    .option('--contact-name <name>', 'the team or person responsible')
    .option('--contact-email-address <email>', 'their email address')
    .addOption(formatOption('text', ['id']))
    .addHelpText(
      'after',
      examples('treaty update-environment --uuid 4d2a... --display-name "Production (EU)" --production'),
    );
  addBrokerOptions(command).action(async (flags: Flags) => {
    const environment = await updateEnvironment({ client: brokerClientFrom(flags), ...flags });
    if (flags.output === 'text')
      ctx.out(ctx.colors.green(`Updated ${environment.name} environment in the Pact Broker`));
    else if (flags.output === 'id') ctx.out(environment.uuid);
    else render(ctx, flags.output, environmentRendering(environment));
  });
}
