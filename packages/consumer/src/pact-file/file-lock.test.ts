import { existsSync, linkSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withFileLock } from './file-lock';

let dir: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'treaty-lock-'));
  lock = join(dir, 'pact.json.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('withFileLock', () => {
  it('holds the lock file while the function runs and removes it afterwards', () => {
    const seen = withFileLock(lock, () => existsSync(lock));
    expect(seen).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('removes the lock when the function throws', () => {
    expect(() =>
      withFileLock(lock, () => {
        throw new Error('write failed');
      }),
    ).toThrow('write failed');
    expect(existsSync(lock)).toBe(false);
  });

  it('breaks a lock left by a process that is gone', () => {
    writeFileSync(lock, `999999999 ${Date.now()}`);
    expect(withFileLock(lock, () => 'ran', { timeoutMs: 2000 })).toBe('ran');
  });

  it('breaks a lock older than staleMs', () => {
    writeFileSync(lock, `${process.ppid} ${Date.now()}`);
    expect(withFileLock(lock, () => 'ran', { timeoutMs: 2000, staleMs: 0 })).toBe('ran');
  });

  it('gives up with TREATY_CONSUMER_PACT_LOCK when a live process holds it', () => {
    writeFileSync(lock, `${process.ppid} ${Date.now()}`);
    expect(() => withFileLock(lock, () => 'never', { timeoutMs: 30, staleMs: 60_000 })).toThrow(
      expect.objectContaining({ code: 'TREATY_CONSUMER_PACT_LOCK' }),
    );
    expect(existsSync(lock)).toBe(true);
  });

  it('hard-links linkFrom as the lock, and creates a lock file when linkFrom is missing', () => {
    const pact = join(dir, 'pact.json');
    writeFileSync(pact, '{}');
    const linked = withFileLock(lock, () => statSync(lock).ino, { linkFrom: pact });
    expect(linked).toBe(statSync(pact).ino);
    expect(existsSync(lock)).toBe(false);
    const created = withFileLock(lock, () => statSync(lock).ino, { linkFrom: join(dir, 'missing.json') });
    expect(created).not.toBe(statSync(pact).ino);
    expect(existsSync(lock)).toBe(false);
  });

  it('creates a lock file when linkFrom cannot be hard-linked (a directory: EPERM)', () => {
    const created = withFileLock(lock, () => statSync(lock).isFile(), { linkFrom: dir });
    expect(created).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('waits for a linked lock while it is fresh and breaks it once older than staleMs', () => {
    const pact = join(dir, 'pact.json');
    writeFileSync(pact, '{"consumer":{"name":"web"}}');
    utimesSync(pact, new Date(0), new Date(0)); // An old pact: a fresh lock is told by the ctime linking sets.
    linkSync(pact, lock);
    expect(() => withFileLock(lock, () => 'never', { timeoutMs: 30, staleMs: 60_000, linkFrom: pact })).toThrow(
      expect.objectContaining({ code: 'TREATY_CONSUMER_PACT_LOCK' }),
    );
    expect(withFileLock(lock, () => 'ran', { timeoutMs: 2000, staleMs: 0, linkFrom: pact })).toBe('ran');
    expect(existsSync(pact)).toBe(true);
  });

  it('fails with TREATY_CONSUMER_PACT_LOCK, caused by ENOENT, when the directory is missing', () => {
    const missing = join(dir, 'gone', 'pact.json.lock');
    expect(() => withFileLock(missing, () => 'never', { linkFrom: join(dir, 'gone', 'pact.json') })).toThrow(
      expect.objectContaining({
        code: 'TREATY_CONSUMER_PACT_LOCK',
        cause: expect.objectContaining({ code: 'ENOENT' }),
      }),
    );
  });
});
