import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePact } from '@treaty/core';
import { runChild } from './helpers/run-child';

const fixtures = path.join(__dirname, 'fixtures');
const jestBin = require.resolve('jest/bin/jest');

// A fresh cache directory: with cached timings of fast tests, Jest would run small suites in band.
function runFixtureJest(name: string, workers: number, env: NodeJS.ProcessEnv, scratch: string) {
  const args = [
    jestBin,
    '--config',
    path.join(fixtures, name, 'jest.config.js'),
    `--maxWorkers=${workers}`,
    '--ci',
    '--cacheDirectory',
    path.join(scratch, 'cache'),
  ];
  return runChild(process.execPath, args, { env: { ...env, JEST_WORKER_ID: undefined } });
}

describe('pact files written from parallel Jest workers', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'treaty-parallel-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it(
    '8 test files in 4 workers: every interaction present, ' + 'the file valid, no lock or temporary file left',
    async () => {
      const dir = path.join(scratch, 'pacts');
      const workerLog = path.join(scratch, 'workers.log');
      const run = await runFixtureJest(
        'parallel',
        4,
        { TREATY_PARALLEL_PACT_DIR: dir, TREATY_PARALLEL_WORKER_LOG: workerLog },
        scratch,
      );
      expect(run.stderr).toContain('Tests:       40 passed, 40 total');
      expect(run.code).toBe(0);
      expect(new Set(readFileSync(workerLog, 'utf8').trim().split('\n')).size).toBeGreaterThan(1);
      expect(readdirSync(dir)).toEqual(['parallel-web-parallel-api.json']);
      const pact = parsePact(JSON.parse(readFileSync(path.join(dir, 'parallel-web-parallel-api.json'), 'utf8')));
      const expected: string[] = [];
      for (let file = 1; file <= 8; file++) for (let i = 0; i < 5; i++) expected.push(`get item ${file * 100 + i}`);
      expect(pact.interactions.map((i) => i.description).sort()).toEqual(expected.sort());
      expect(pact.specVersion).toBe('V4');
    },
    90_000,
  );

  it(
    'two test files in two workers defining one interaction ' +
      'differently: the last wins, with a warning naming both',
    async () => {
      const dir = path.join(scratch, 'pacts');
      const run = await runFixtureJest('conflict', 2, { TREATY_CONFLICT_PACT_DIR: dir }, scratch);
      expect(run.stderr).toContain('Tests:       2 passed, 2 total');
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        new RegExp(
          /interaction "get item 1" is defined differently by test "gets item 1 \((a|b)\)" \(another /.source +
            /test file, process \d+\) and test "gets item 1 \((a|b)\)"/.source,
        ),
      );
      const pact = parsePact(JSON.parse(readFileSync(path.join(dir, 'conflict-web-conflict-api.json'), 'utf8')));
      expect(pact.interactions.map((i) => i.description)).toEqual(['get item 1']);
    },
    90_000,
  );

  it('with TREATY_STRICT_INTERACTIONS=true the same conflict fails with a typed error', async () => {
    const run = await runFixtureJest(
      'conflict',
      2,
      { TREATY_CONFLICT_PACT_DIR: path.join(scratch, 'pacts'), TREATY_STRICT_INTERACTIONS: 'true' },
      scratch,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TREATY_CONSUMER_CONFLICTING_INTERACTION');
    expect(run.stderr).toMatch(/Failed to record interaction "get item 1": another test defines/);
  }, 90_000);
});
