import type { Command } from 'commander';
import { recordDeployment, recordRelease } from '../api/record-deployment';
import { recordSupportEnded, recordUndeployment } from '../api/record-undeployment';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, outputOption, type BrokerConnectionOptions } from './broker-options';

interface RecordFlags extends BrokerConnectionOptions {
  pacticipant: string;
  version: string;
  environment: string;
  applicationInstance?: string;
  output: string;
}

function baseCommand(program: Command, name: string, description: string, withVersion: boolean): Command {
  const command = program
    .command(name)
    .description(description)
    .requiredOption('-a, --pacticipant <name>', 'the application')
    .requiredOption('--environment <name>', 'the environment');
  if (withVersion) command.requiredOption('-e, --version <version>', 'the application version');
  return command.addOption(outputOption(['text', 'json', 'pretty'], 'text'));
}

function report(ctx: CommandContext, flags: RecordFlags, text: string, json: unknown): void {
  ctx.out(flags.output === 'json' ? JSON.stringify(json, null, 2) : ctx.colors.green(text));
}

/** Register `record-deployment`, `record-undeployment`, `record-release` and `record-support-ended`. */
export function registerRecordCommands(program: Command, ctx: CommandContext): void {
  const deploy = baseCommand(program, 'record-deployment', 'record that a version was deployed to an environment (it replaces the one deployed before)', true)
    .option('--application-instance <name>', 'which instance, when several run in one environment')
    .addHelpText('after', '\nExamples:\n  $ treaty record-deployment --pacticipant orders-api --version 2.0.0 --environment production\n  $ treaty record-deployment -a orders-api -e 2.0.0 --environment production --application-instance eu-1');
  addBrokerOptions(deploy).action(async (flags: RecordFlags) => {
    const result = await recordDeployment({ client: brokerClientFrom(flags), ...flags });
    const instance = flags.applicationInstance ? ` (application instance ${flags.applicationInstance})` : '';
    report(ctx, flags, `Recorded deployment of ${flags.pacticipant} version ${flags.version} to ${flags.environment} environment${instance} in the Pact Broker.`, result.resource);
  });

  const undeploy = baseCommand(program, 'record-undeployment', 'record that an application is no longer deployed to an environment', false)
    .option('--application-instance <name>', 'only this instance')
    .addHelpText('after', '\nExamples:\n  $ treaty record-undeployment --pacticipant orders-api --environment production');
  addBrokerOptions(undeploy).action(async (flags: RecordFlags) => {
    const versions = await recordUndeployment({ client: brokerClientFrom(flags), ...flags });
    report(ctx, flags, `Recorded undeployment of ${flags.pacticipant} version(s) ${versions.join(', ')} from ${flags.environment} environment in the Pact Broker.`, { undeployed: versions });
  });

  const release = baseCommand(program, 'record-release', 'record that a version was released to an environment (several can be supported at once)', true)
    .addHelpText('after', '\nExamples:\n  $ treaty record-release --pacticipant mobile-app --version 5.1.0 --environment app-store');
  addBrokerOptions(release).action(async (flags: RecordFlags) => {
    const result = await recordRelease({ client: brokerClientFrom(flags), ...flags });
    report(ctx, flags, `Recorded release of ${flags.pacticipant} version ${flags.version} to ${flags.environment} environment in the Pact Broker.`, result.resource);
  });

  const ended = baseCommand(program, 'record-support-ended', 'record that a released version is no longer supported in an environment', true)
    .addHelpText('after', '\nExamples:\n  $ treaty record-support-ended --pacticipant mobile-app --version 4.0.0 --environment app-store');
  addBrokerOptions(ended).action(async (flags: RecordFlags) => {
    await recordSupportEnded({ client: brokerClientFrom(flags), ...flags });
    report(ctx, flags, `Recorded support ended of ${flags.pacticipant} version ${flags.version} in ${flags.environment} environment in the Pact Broker.`, { supportEnded: flags.version });
  });
}
