import type { Command } from 'commander';
import { recordSupportEnded } from '../api/record-undeployment';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom } from './broker-options';
import { recordCommand, reportRecorded, type RecordFlags } from './record-options';

/** Register `treaty record-support-ended`. */
export function registerRecordSupportEndedCommand(program: Command, ctx: CommandContext): void {
  const command = recordCommand(
    program,
    'record-support-ended',
    'record that a released version is no longer supported in an environment',
    true,
  ).addHelpText(
    'after',
    '\nExamples:\n  $ treaty record-support-ended --pacticipant mobile-app --version 4.0.0 --environment app-store',
  );
  addBrokerOptions(command).action(async (flags: RecordFlags) => {
    await recordSupportEnded({ client: brokerClientFrom(flags), ...flags });
    reportRecorded(
      ctx,
      flags,
      `Recorded support ended of ${flags.pacticipant} version ${flags.version} in ${flags.environment} ` +
        `environment in the Pact Broker.`,
      { supportEnded: flags.version },
    );
  });
}
