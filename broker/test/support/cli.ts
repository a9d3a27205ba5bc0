import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** The official Rust `pact-broker` CLI from @pact-foundation/pact-cli. */
export const PACT_BROKER_CLI = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'pact-broker');

/** What a CLI run printed and its exit code. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `pact-broker <args>` as a child process (asynchronously: the broker under test runs in this process). */
export function pactBroker(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      PACT_BROKER_CLI,
      args,
      { timeout: 60_000, env: { ...process.env, PACT_BROKER_BASE_URL: '' } },
      (error, stdout, stderr) => {
        const code = error
          ? typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : 1
          : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** PactFlow's Rust `pactflow` CLI from @pact-foundation/pact-cli. */
export const PACTFLOW_CLI = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'pactflow');

/** Treaty's own `treaty` binary (built packages/cli), run with this Node. */
export const TREATY_CLI = [process.execPath, join(__dirname, '..', '..', '..', 'packages', 'cli', 'bin', 'treaty.js')];

/**
 * The command line an interop test drives: the official binary, or what `envName` names (words split on spaces),
 * so the same test can run against another implementation, e.g. `TREATY_INTEROP_PACT_BROKER="node
 * packages/cli/bin/treaty.js"`.
 */
export function commandUnderTest(envName: string, fallback: string): string[] {
  const given = process.env[envName]?.trim();
  return given ? given.split(/\s+/) : [fallback];
}

/** Run a command line (first word the executable) with extra arguments; never throws, resolves with the exit code. */
export function runCommand(command: readonly string[], args: readonly string[], cwd?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      command[0],
      [...command.slice(1), ...args],
      { cwd, timeout: 60_000, env: { ...process.env, PACT_BROKER_BASE_URL: '' } },
      (error, stdout, stderr) => {
        const code = error
          ? typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : 1
          : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}
