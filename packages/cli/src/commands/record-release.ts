import type { Command } from 'commander';
import { recordRelease } from '../api/record-deployment';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom } from './broker-options';
import { recordCommand, reportRecorded, type RecordFlags } from './record-options';

/** Register `treaty record-release`. */
export function registerRecordReleaseCommand(program: Command, ctx: CommandContext): void {
  const command = recordCommand(
    program,
    'record-release',
    'record that a version was released to an environment (several can be supported at once)',
    true,
  ).addHelpText(
    'after',
    '\nExamples:\n  $ treaty record-release --pacticipant mobile-app --version 5.1.0 --environment app-store',
  );
  addBrokerOptions(command).action(async (flags: RecordFlags) => {
    const result = await recordRelease({ client: brokerClientFrom(flags), ...flags });
    reportRecorded(
      ctx,
      flags,
      `Recorded release of ${flags.pacticipant} version ${flags.version} to ${flags.environment} ` +
        `environment in the Pact Broker.`,
      result.resource,
    );
  });
}
