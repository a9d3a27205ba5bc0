import { Option, type Command } from 'commander';
import { recordDeployment } from '../api/record-deployment';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom } from './broker-options';
import { recordCommand, reportRecorded, type RecordFlags } from './record-options';

/** Register `treaty record-deployment`. */
export function registerRecordDeploymentCommand(program: Command, ctx: CommandContext): void {
  const command = recordCommand(
    program,
    'record-deployment',
    'record that a version was deployed to an environment (it replaces the one deployed before)',
    true,
  )
    .option('--application-instance <name>', 'which instance, when several run in one environment')
    .addOption(new Option('--target <name>', "the Ruby CLI's older name of --application-instance").hideHelp())
    .addHelpText(
      'after',
      '\nExamples:\n  $ treaty record-deployment --pacticipant orders-api --version 2.0.0 --environment ' +
        'production\n  $ treaty record-deployment -a orders-api -e 2.0.0 --environment production ' +
        '--application-instance eu-1',
    );
  addBrokerOptions(command).action(async (given: RecordFlags & { target?: string }) => {
    const flags = { ...given, applicationInstance: given.applicationInstance ?? given.target };
    const result = await recordDeployment({ client: brokerClientFrom(flags), ...flags });
    const instance = flags.applicationInstance ? ` (application instance ${flags.applicationInstance})` : '';
    reportRecorded(
      ctx,
      flags,
      `Recorded deployment of ${flags.pacticipant} version ${flags.version} to ${flags.environment} ` +
        `environment${instance} in the Pact Broker.`,
      result.resource,
    );
  });
}
