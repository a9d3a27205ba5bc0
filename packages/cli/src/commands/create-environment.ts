import type { Command } from 'commander';
import { createEnvironment } from '../api/environments';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, outputOption, type BrokerConnectionOptions } from './broker-options';

interface CreateEnvironmentFlags extends BrokerConnectionOptions {
  name: string;
  displayName?: string;
  production?: boolean;
  contactName?: string;
  contactEmailAddress?: string;
  output: string;
}

const examples =
  `
Examples:
  $ treaty create-environment --name production --production -b http://localhost:9292
  $ treaty create-environment --name uat --display-name UAT --contact-name "QA team" ` +
  `--contact-email-address qa@example.com
  $ treaty create-environment --name test --output id   # prints the new environment's UUID`;

/** Register `treaty create-environment`. */
export function registerCreateEnvironmentCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('create-environment')
    .description('create an environment (where versions get deployed or released)')
    .requiredOption('--name <name>', 'the environment name used by deployment scripts')
    .option('--display-name <name>', 'a name for people')
    .option('--production', 'mark it as a production environment')
    .option('--no-production', 'mark it as not a production environment (the default)')
    .option('--contact-name <name>', 'the team or person responsible')
    .option('--contact-email-address <email>', 'their email address')
    .addOption(outputOption(['text', 'json', 'id'], 'text'))
    .addHelpText('after', examples);
  addBrokerOptions(command).action(async (flags: CreateEnvironmentFlags) => {
    const environment = await createEnvironment({ client: brokerClientFrom(flags), ...flags });
    if (flags.output === 'json') ctx.out(JSON.stringify(environment, null, 2));
    else if (flags.output === 'id') ctx.out(environment.uuid);
    else
      ctx.out(ctx.colors.green(`Created ${flags.name} environment in the Pact Broker with UUID ${environment.uuid}`));
  });
}
