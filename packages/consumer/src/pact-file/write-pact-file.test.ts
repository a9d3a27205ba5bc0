import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HttpInteraction } from '@treaty/core';
import { withFileLock } from './file-lock';
import { writePactFile } from './write-pact-file';

function interaction(description: string, status = 200): HttpInteraction {
  return { type: 'Synchronous/HTTP', description, providerStates: [], request: { method: 'GET', path: `/${description}` }, response: { status } };
}

describe('writePactFile', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-writer-'));
    file = path.join(dir, 'pacts', 'web-api.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const update = (interactions: HttpInteraction[], overwrite = false) =>
    writePactFile({ file, consumer: 'web', provider: 'api', specVersion: 'V4', interactions, overwrite });
  const descriptions = () => JSON.parse(readFileSync(file, 'utf8')).interactions.map((i: { description: string }) => i.description);

  it('merges with what is on disk, sorted, newer definitions replacing older ones', () => {
    update([interaction('b'), interaction('a')]);
    update([interaction('c'), interaction('a', 201)]);
    expect(descriptions()).toEqual(['a', 'b', 'c']);
    expect(JSON.parse(readFileSync(file, 'utf8')).interactions[0].response.status).toBe(201);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('replaces the file in overwrite mode', () => {
    update([interaction('old')]);
    update([interaction('new')], true);
    expect(descriptions()).toEqual(['new']);
  });

  it('refuses to merge into a file that is not a pact', () => {
    update([interaction('a')]);
    writeFileSync(file, '{ "not": "a pact" ');
    expect(() => update([interaction('b')])).toThrow(expect.objectContaining({ code: 'TREATY_CONSUMER_PACT_WRITE' }));
  });

  it('breaks a stale lock left by a dead writer', () => {
    update([interaction('a')]);
    writeFileSync(`${file}.lock`, '999999999 0');
    utimesSync(`${file}.lock`, new Date(0), new Date(0));
    update([interaction('b')]);
    expect(descriptions()).toEqual(['a', 'b']);
  });

  it('times out on a live lock with a typed error', () => {
    const lock = path.join(dir, 'x.lock');
    withFileLock(lock, () => {
      expect(() => withFileLock(lock, () => undefined, { timeoutMs: 50 })).toThrow(expect.objectContaining({ code: 'TREATY_CONSUMER_PACT_LOCK' }));
    });
    expect(existsSync(lock)).toBe(false);
  });
});
