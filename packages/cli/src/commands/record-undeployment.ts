import { Option, type Command } from 'commander';
import { recordUndeployment } from '../api/record-undeployment';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom } from './broker-options';
import { recordCommand, reportRecorded, type RecordFlags } from './record-options';

/** Register `treaty record-undeployment`. */
export function registerRecordUndeploymentCommand(program: Command, ctx: CommandContext): void {
  const command = recordCommand(
    program,
    'record-undeployment',
    'record that an application is no longer deployed to an environment',
    false,
  )
    .option('--application-instance <name>', 'only this instance')
    .addOption(new Option('--target <name>', "the Ruby CLI's older name of --application-instance").hideHelp())
    .addHelpText(
      'after',
      '\nExamples:\n  $ treaty record-undeployment --pacticipant orders-api --environment production\n  $ ' +
        'treaty record-undeployment -a orders-api --environment production --application-instance eu-1',
    );
  addBrokerOptions(command).action(async (given: RecordFlags & { target?: string }) => {
    const flags = { ...given, applicationInstance: given.applicationInstance ?? given.target };
    const versions = await recordUndeployment({ client: brokerClientFrom(flags), ...flags });
    reportRecorded(
      ctx,
      flags,
      `Recorded undeployment of ${flags.pacticipant} version(s) ${versions.join(', ')} ` +
        `from ${flags.environment} environment in the Pact Broker.`,
      { undeployed: versions },
    );
  });
}
