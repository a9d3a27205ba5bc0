import { Writable } from 'node:stream';
import { runCli } from '@treaty/cli';
import type { TreatyRun } from './run-treaty';

/** A stream that keeps what is written to it. */
function capture(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

/**
 * Run `treaty <args>` in this process through `runCli`, with no colour and no broker settings from the machine
 * (only `env` given here), and collect what it printed.
 */
export async function treatyInProcess(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<TreatyRun> {
  const stdout = capture();
  const stderr = capture();
  const env = { NO_COLOR: '1', PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  const code = await runCli({ args, env, cwd: options.cwd ?? process.cwd(), stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
