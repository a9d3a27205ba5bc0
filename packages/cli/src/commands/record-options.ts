import type { Command } from 'commander';
import type { CommandContext } from '../io';
import { outputOption, type BrokerConnectionOptions } from './broker-options';

/** The flags of the record-* commands. */
export interface RecordFlags extends BrokerConnectionOptions {
  pacticipant: string;
  version: string;
  environment: string;
  applicationInstance?: string;
  output: string;
}

/** A record-* command with `-a/--pacticipant`, `--environment`, optionally `-e/--version`, and `-o/--output`. */
export function recordCommand(program: Command, name: string, description: string, withVersion: boolean): Command {
  const command = program
    .command(name)
    .description(description)
    .requiredOption('-a, --pacticipant <name>', 'the application')
    .requiredOption('--environment <name>', 'the environment');
  if (withVersion) command.requiredOption('-e, --version <version>', 'the application version');
  return command.addOption(outputOption(['text', 'json', 'pretty'], 'text'));
}

/** Print the outcome: a sentence for people, or JSON with `--output json`. */
export function reportRecorded(ctx: CommandContext, flags: RecordFlags, text: string, json: unknown): void {
  ctx.out(flags.output === 'json' ? JSON.stringify(json, null, 2) : ctx.colors.green(text));
}
