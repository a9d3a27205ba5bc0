import { spawn } from 'node:child_process';
import { join } from 'node:path';

// Runs the real Jest on one PostgreSQL-backed test file with the server pointed at a closed port, as on a laptop
// without PostgreSQL: the tests must come out skipped (not passed) with the reason, and with CI=true the run fails.
jest.setTimeout(120_000);

const root = join(__dirname, '..');
const closedPort = 'postgres://postgres@127.0.0.1:1/postgres';

interface JestJson {
  success: boolean;
  numPassedTests: number;
  numPendingTests: number;
  numFailedTestSuites: number;
  testResults: { assertionResults: { ancestorTitles: string[]; status: string }[] }[];
}

function runJest(
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; json?: JestJson; stderr: string }> {
  const args = [
    require.resolve('jest/bin/jest'),
    'broker/test/webhook-queue.test.ts',
    '--ci',
    '--json',
    '--selectProjects',
    'broker',
  ];
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    TREATY_TEST_PG_URL: closedPort,
    JEST_WORKER_ID: undefined,
    ...env,
  };
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, json: stdout ? (JSON.parse(stdout) as JestJson) : undefined, stderr }));
  });
}

describe('PostgreSQL tests without a server', () => {
  it('are reported as skipped, with the reason, outside CI', async () => {
    const run = await runJest({ CI: undefined });
    expect(run.code).toBe(0);
    const results = run.json!.testResults.flatMap((r) => r.assertionResults);
    const postgres = results.filter((r) => r.ancestorTitles.some((t) => t.includes('on postgres')));
    expect(postgres.length).toBeGreaterThan(0);
    expect(postgres.every((r) => r.status === 'pending')).toBe(true);
    expect(postgres[0].ancestorTitles[0]).toMatch(
      /\[skipped: no PostgreSQL answered at postgres:\/\/postgres@127\.0\.0\.1:1\/postgres/,
    );
    expect(run.json!.numPendingTests).toBe(postgres.length);
    expect(run.json!.numPassedTests).toBe(results.length - postgres.length);
  });

  it('fail the run with CI=true', async () => {
    const run = await runJest({ CI: 'true' });
    expect(run.code).not.toBe(0);
    expect(run.json!.numFailedTestSuites).toBe(1);
    expect(run.stderr).toContain('PostgreSQL is required in CI');
  });
});
