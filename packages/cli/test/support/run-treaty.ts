import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The real bin, run with node as a user would. */
export const treatyBin = join(__dirname, '..', '..', 'bin', 'treaty.js');

/** What a finished run printed and how it exited. */
export interface TreatyRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment children run with: no colour, no broker settings inherited from the machine. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('PACT_BROKER_') || key === 'FORCE_COLOR') delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Run `treaty <args>` to the end (asynchronously, so an in-process broker keeps answering). */
export function runTreaty(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<TreatyRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [treatyBin, ...args], {
      env: cleanEnv(options.env),
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A long-running `treaty` (broker, mock) that printed its URL. */
export interface RunningTreaty {
  url: string;
  child: ChildProcess;
  /** Send SIGTERM and wait for the exit. */
  stop(): Promise<TreatyRun>;
}

/** Start `treaty <args>` and resolve once it prints an http URL on stdout. */
export function startTreaty(
  args: string[],
  options: { env?: Record<string, string | undefined> } = {},
): Promise<RunningTreaty> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [treatyBin, ...args], {
      env: cleanEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const closed = new Promise<TreatyRun>((done) => child.on('close', (code) => done({ code, stdout, stderr })));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => {
      stdout += d;
      const url = /https?:\/\/[^\s)]+/.exec(stdout)?.[0];
      if (url) resolve({ url: url.replace(/\.$/, ''), child, stop: () => (child.kill('SIGTERM'), closed) });
    });
    void closed.then((run) => reject(new Error(`treaty exited with ${run.code} before printing a URL: ${run.stderr}`)));
  });
}

/** A port that was open a moment ago and is closed now: nothing listens there. */
export function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
