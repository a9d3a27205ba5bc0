import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePact } from '@treaty/core';
import { runChild } from './helpers/run-child';

const fixture = path.join(__dirname, 'fixtures', 'parallel');
const jestBin = require.resolve('jest/bin/jest');

describe('8 test files in 4 Jest workers writing one pact', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-parallel-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every interaction and leaves a valid file, with no lock or temporary file behind', async () => {
    const run = await runChild(process.execPath, [jestBin, '--config', path.join(fixture, 'jest.config.js'), '--maxWorkers=4', '--ci'], {
      env: { TREATY_PARALLEL_PACT_DIR: dir, JEST_WORKER_ID: undefined },
    });
    expect(run.stderr).toContain('Tests:       40 passed, 40 total');
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['parallel-web-parallel-api.json']);
    const pact = parsePact(JSON.parse(readFileSync(path.join(dir, 'parallel-web-parallel-api.json'), 'utf8')));
    const expected: string[] = [];
    for (let file = 1; file <= 8; file++) for (let i = 0; i < 5; i++) expected.push(`get item ${file * 100 + i}`);
    expect(pact.interactions.map((i) => i.description)).toEqual(expected.sort());
    expect(pact.specVersion).toBe('V4');
  }, 60_000);
});
