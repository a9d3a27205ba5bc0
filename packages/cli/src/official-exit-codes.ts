import { CommanderError } from 'commander';
import { isTreatyError } from '@treaty/core';
import { ExitCode } from './exit-codes';
import { exitCodeFor } from './output/report-error';

/** Commands of `treaty` that the official `pact-broker` / `pactflow` CLIs do not have: they keep treaty's own codes. */
const TREATY_ONLY_COMMANDS = new Set(['broker', 'verify', 'mock', 'openapi', 'token', 'contract', 'help']);

/**
 * True when `args` run a command that mirrors the official `pact-broker` CLI (decision 0001), so a failure exits
 * as the official one does.
 */
export function mirrorsOfficialCli(args: readonly string[]): boolean {
  const first = args.find((arg) => !arg.startsWith('-'));
  return first !== undefined && !TREATY_ONLY_COMMANDS.has(first);
}

// What clap refuses before the official CLI runs (a bad or missing flag, no broker URL), and what its `publish
// --validate` exits 2 for (a JSON file that is not a valid pact). A file it cannot load (missing, not JSON) is 1.
const USAGE_CODES = new Set(['TREATY_CLI_USAGE', 'TREATY_CLI_BROKER_URL_MISSING', 'TREATY_CORE_INVALID_PACT']);

/**
 * The exit code of a failed command that mirrors the official CLI: 2 for a command line the parser refused (clap's
 * usage code) and for `publish` of an invalid pact, 1 for every other failure; 70 (a Treaty bug) stays.
 */
export function officialExitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return ExitCode.badInput;
  if (isTreatyError(error) && USAGE_CODES.has(error.code)) return ExitCode.badInput;
  return exitCodeFor(error) === ExitCode.internal ? ExitCode.internal : ExitCode.failed;
}
