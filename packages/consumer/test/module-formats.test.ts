import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePact } from '@treaty/core';
import { runChild } from './helpers/run-child';

const fixtures = path.join(__dirname, 'fixtures', 'module-formats');

describe('@treaty/consumer and @treaty/pact outside Jest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-formats-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const descriptions = (consumer: string): string[] =>
    parsePact(JSON.parse(readFileSync(path.join(dir, `${consumer}-formats-api.json`), 'utf8'))).interactions.map(
      (i) => i.description,
    );

  it('runs from an ESM .mjs file loaded by plain node and writes the pact', async () => {
    const run = await runChild(process.execPath, [path.join(fixtures, 'esm-consumer.mjs')], {
      env: { TREATY_FORMATS_DIR: dir },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('esm consumer done');
    expect(run.code).toBe(0);
    expect(descriptions('esm-web')).toEqual(['a request from ESM']);
  }, 30_000);

  it('runs under node --test from CommonJS', async () => {
    const run = await runChild(process.execPath, ['--test', path.join(fixtures, 'node-test-consumer.test.cjs')], {
      env: { TREATY_FORMATS_DIR: dir, JEST_WORKER_ID: undefined },
    });
    expect(run.stdout).toMatch(/# pass 1/);
    expect(run.code).toBe(0);
    expect(descriptions('node-test-web')).toEqual(['a request from node --test']);
  }, 30_000);
});
