import { isTreatyError } from '@treaty/core';
import { ExitCode } from '../exit-codes';
import { inCliWords } from './cli-wording';

const brokerCodes = new Set([
  'TREATY_BROKER_CLIENT_UNREACHABLE',
  'TREATY_BROKER_CLIENT_TIMEOUT',
  'TREATY_BROKER_CLIENT_REQUEST',
  'TREATY_BROKER_CLIENT_RESPONSE',
  'TREATY_BROKER_CLIENT_NO_RELATION',
  'TREATY_CLI_BROKER_URL_MISSING',
]);
// A negative answer rather than a failure to run.
const failedCodes = new Set(['TREATY_PROVIDER_VERIFICATION_FAILED']);

/** The exit code for an error that ended a command. */
export function exitCodeFor(error: unknown): number {
  if (!isTreatyError(error)) return errorCodeOf(error) === 'EADDRINUSE' ? ExitCode.badInput : ExitCode.internal;
  if (failedCodes.has(error.code)) return ExitCode.failed;
  // The broker understood and refused what was asked (not credentials, not its own failure): bad input.
  const status = Number(error.details.status);
  if (
    error.code === 'TREATY_BROKER_CLIENT_REQUEST' &&
    status >= 400 &&
    status < 500 &&
    status !== 401 &&
    status !== 403
  )
    return ExitCode.badInput;
  return brokerCodes.has(error.code) ? ExitCode.brokerError : ExitCode.badInput;
}

function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** One line for people: a TreatyError's message, or a short description of anything else. Never a stack trace. */
export function errorLine(error: unknown): string {
  const single = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  if (isTreatyError(error)) return single(inCliWords(error.message));
  if (errorCodeOf(error) === 'EADDRINUSE')
    return single(
      `Failed to listen: the port is already in use (${(error as Error).message}). Pick another --port or 0.`,
    );
  const message = error instanceof Error ? error.message : String(error);
  return single(
    `unexpected error: ${message}. This is a bug in Treaty; run with TREATY_DEBUG=1 for details and report it.`,
  );
}
