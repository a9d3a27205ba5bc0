import path from 'node:path';
import { runChild } from './helpers/run-child';

// msw 2 loads ESM-only dependencies that Jest's CommonJS runtime cannot require, so the msw
// scenarios run under `node --test` in a child process; this test fails when any of them fails.
describe('@treaty/consumer/msw', () => {
  it('serves pacts as msw handlers and records pacts from msw handlers', async () => {
    const run = await runChild(
      process.execPath,
      ['--test', path.join(__dirname, 'fixtures', 'msw', 'msw-both-ways.test.mjs')],
      {
        env: { JEST_WORKER_ID: undefined },
      },
    );
    expect(run.stdout).toMatch(/# pass 3\n/);
    expect(run.stdout).toMatch(/# fail 0\n/);
    expect(run.code).toBe(0);
  }, 30_000);
});
