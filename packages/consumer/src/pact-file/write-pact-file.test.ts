import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HttpInteraction } from '@treaty/core';
import { withFileLock } from './file-lock';
import { PactFileWriter, writePactFile } from './write-pact-file';

function interaction(description: string, status = 200): HttpInteraction {
  return {
    type: 'Synchronous/HTTP',
    description,
    providerStates: [],
    request: { method: 'GET', path: `/${description}` },
    response: { status },
  };
}

// How many of this process's descriptors are open on `file` (Linux).
function descriptorsOf(file: string): number {
  const target = realpathSync(file);
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === target;
    } catch {
      return false; // Closed since listed.
    }
  }).length;
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
  const descriptions = () =>
    JSON.parse(readFileSync(file, 'utf8')).interactions.map((i: { description: string }) => i.description);

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

  it('appends to its own file, giving the same text as writing everything at once, and sorts on request', () => {
    const writer = new PactFileWriter({ file, consumer: 'web', provider: 'api', specVersion: 'V4' });
    for (const name of ['a', 'c', 'b']) {
      writer.record([interaction(name)]);
      expect(JSON.parse(readFileSync(file, 'utf8')).interactions).toHaveLength(name === 'a' ? 1 : name === 'c' ? 2 : 3);
    }
    expect(descriptions()).toEqual(['a', 'c', 'b']);
    const appended = readFileSync(file, 'utf8');
    writer.sort();
    expect(descriptions()).toEqual(['a', 'b', 'c']);
    update([interaction('a'), interaction('c'), interaction('b')], true);
    const whole = readFileSync(file, 'utf8');
    expect(JSON.parse(appended)).toEqual({
      ...JSON.parse(whole),
      interactions: [0, 2, 1].map((i) => JSON.parse(whole).interactions[i]),
    });
  });

  it('re-reads the file after another writer changed it, losing nothing', () => {
    const one = new PactFileWriter({ file, consumer: 'web', provider: 'api', specVersion: 'V4' });
    const two = new PactFileWriter({ file, consumer: 'web', provider: 'api', specVersion: 'V4' });
    one.record([interaction('a')]);
    two.record([interaction('b')]);
    one.record([interaction('c')]);
    two.record([interaction('d')]);
    expect(descriptions().sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('after appending, notices that another writer replaced the file and writes to the new one', () => {
    const one = new PactFileWriter({ file, consumer: 'web', provider: 'api', specVersion: 'V4', keepOpen: true });
    const two = new PactFileWriter({ file, consumer: 'web', provider: 'api', specVersion: 'V4' });
    one.record([interaction('a')]);
    one.record([interaction('b')]); // An append: the writer keeps the file open.
    expect(descriptorsOf(file)).toBe(1);
    two.record([interaction('c')]); // A rewrite through a new file.
    one.record([interaction('d')]);
    one.record([interaction('e')]);
    expect(descriptions()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(descriptorsOf(file)).toBe(1);
    one.sort(); // Closes the descriptor kept for appends.
    expect(descriptorsOf(file)).toBe(0);
    two.record([interaction('f')]);
    expect(descriptions()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('closes the file after each append unless told to keep it open', () => {
    const writer = new PactFileWriter({ file, consumer: 'web', provider: 'api', specVersion: 'V4' });
    writer.record([interaction('a')]);
    writer.record([interaction('b')]);
    expect(descriptorsOf(file)).toBe(0);
    expect(descriptions()).toEqual(['a', 'b']);
  });

  it('writes again after a test removed the pact directory', () => {
    const writer = new PactFileWriter({ file, consumer: 'web', provider: 'api', specVersion: 'V4' });
    writer.record([interaction('a')]);
    rmSync(path.dirname(file), { recursive: true, force: true });
    writer.record([interaction('b')]);
    expect(descriptions()).toEqual(['a', 'b']);
  });

  it('keeps the last of two definitions in one process and warns, naming both tests', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const writer = new PactFileWriter({ file, consumer: 'web', provider: 'api', specVersion: 'V4' });
      writer.record([interaction('a')]);
      writer.record([interaction('a', 404)]);
      expect(
        JSON.parse(readFileSync(file, 'utf8')).interactions.map(
          (i: { response: { status: number } }) => i.response.status,
        ),
      ).toEqual([404]);
      expect(warn).toHaveBeenCalledTimes(1);
      const name = expect.getState().currentTestName;
      expect(warn.mock.calls[0][0]).toContain(
        `interaction "a" is defined differently by test "${name}" (this test file) and test "${name}"`,
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('fails the second definition in strict mode', () => {
    const writer = new PactFileWriter({ file, consumer: 'web', provider: 'api', specVersion: 'V4', strict: true });
    writer.record([interaction('a')]);
    expect(() => writer.record([interaction('a', 404)])).toThrow(
      expect.objectContaining({ code: 'TREATY_CONSUMER_CONFLICTING_INTERACTION' }),
    );
    expect(JSON.parse(readFileSync(file, 'utf8')).interactions[0].response.status).toBe(200);
  });

  it('times out on a live lock with a typed error', () => {
    const lock = path.join(dir, 'x.lock');
    withFileLock(lock, () => {
      expect(() => withFileLock(lock, () => undefined, { timeoutMs: 50 })).toThrow(
        expect.objectContaining({ code: 'TREATY_CONSUMER_PACT_LOCK' }),
      );
    });
    expect(existsSync(lock)).toBe(false);
  });
});
