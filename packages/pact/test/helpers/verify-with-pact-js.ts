import { spawn } from 'node:child_process';
import path from 'node:path';

/** The outcome of pact-js's Verifier, run in a child process. */
export interface PactJsVerification {
  ok: boolean;
  error?: string;
  output?: { result: boolean; interactionResults: { description: string; result: string }[] };
  log: string;
}

/** Verify pact files with `@pact-foundation/pact`'s Verifier against the test provider (in a child Node process). */
export function verifyWithPactJs(
  provider: string,
  pactFiles: string[],
  options: { broken?: boolean } = {},
): Promise<PactJsVerification> {
  const script = path.join(__dirname, 'pact-js-verify.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, provider, ...pactFiles], {
      env: { ...process.env, PACT_DO_NOT_TRACK: 'true', TREATY_BROKEN_PROVIDER: options.broken ? '1' : '0' },
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const line = log.split('\n').find((l) => l.startsWith('RESULT '));
      resolve(
        line
          ? { ...JSON.parse(line.slice(7)), log }
          : { ok: false, error: `no result; output:\n${log.slice(-3000)}`, log },
      );
    });
  });
}
