import { closeSync, linkSync, openSync, readSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { consumerErrors } from '../errors';

/** Options of {@link withFileLock}. */
export interface LockOptions {
  /** Give up after this many milliseconds. Default 30 s. */
  timeoutMs?: number;
  /** A lock older than this is stale (its writer died). Default 10 s. */
  staleMs?: number;
  /**
   * An existing file on the same file system to hard-link as the lock. Linking creates no inode, which
   * costs a few microseconds where creating a file can cost 100 µs or more (ext4 under load); a lock
   * made so carries no process id, so only its age makes it stale. Falls back to creating a file when
   * `linkFrom` is missing, the file system has no hard links, or on Windows.
   */
  linkFrom?: string;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

// Synchronous on purpose: the final flush runs in a process 'exit' handler, where nothing async runs.
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

// The process id a lock created by `tryCreate` starts with; NaN for a linked lock (the linked file's text).
function lockOwner(lockPath: string): number {
  const fd = openSync(lockPath, 'r');
  try {
    const head = Buffer.alloc(24);
    const text = head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0));
    return /^\d+ /.test(text) ? Number(text.split(' ')[0]) : NaN;
  } finally {
    closeSync(fd);
  }
}

// A linked lock's inode is older than the lock, but linking sets its ctime (the link count changed).
function isStale(lockPath: string, staleMs: number): boolean {
  try {
    const pid = lockOwner(lockPath);
    if (pid > 0 && pid !== process.pid && !processAlive(pid)) return true;
    const stats = statSync(lockPath);
    return Date.now() - Math.max(stats.mtimeMs, stats.ctimeMs) > staleMs;
  } catch {
    return false;
  }
}

/** Whether a process with this id runs (EPERM: it runs as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(lockPath: string): void {
  const fd = openSync(lockPath, 'wx');
  try {
    writeSync(fd, `${process.pid} ${Date.now()}`);
  } finally {
    closeSync(fd);
  }
}

// Linked locks only where linking is known to set the ctime that tells a fresh lock from a stale one.
const CAN_LINK = process.platform !== 'win32';

function tryLink(linkFrom: string, lockPath: string): void {
  try {
    linkSync(linkFrom, lockPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    // Nothing to link to yet, or no hard links here (EPERM, ENOTSUP, EXDEV...): create the lock instead;
    // a missing directory then fails with ENOENT.
    tryCreate(lockPath);
  }
}

function tryAcquire(lockPath: string, linkFrom: string | undefined): boolean {
  try {
    if (linkFrom !== undefined && CAN_LINK) tryLink(linkFrom, lockPath);
    else tryCreate(lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw consumerErrors.TREATY_CONSUMER_PACT_LOCK([lockPath, (error as Error).message], { source: lockPath }, error);
  }
}

/**
 * Run `fn` while holding an exclusive lock file (hard-linked from `linkFrom`, or created with `wx`),
 * retrying and breaking stale locks.
 * @example withFileLock('pacts/a-b.json.lock', () => writeMerged(), { linkFrom: 'pacts/a-b.json' })
 * @throws TREATY_CONSUMER_PACT_LOCK when the lock cannot be taken in time or its directory is missing.
 */
export function withFileLock<T>(lockPath: string, fn: () => T, options: LockOptions = {}): T {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let wait = 2;
  while (!tryAcquire(lockPath, options.linkFrom)) {
    if (isStale(lockPath, options.staleMs ?? 10_000)) {
      try {
        unlinkSync(lockPath);
      } catch {
        // Another process broke the stale lock first.
      }
      continue;
    }
    if (Date.now() > deadline)
      throw consumerErrors.TREATY_CONSUMER_PACT_LOCK([lockPath, 'another process holds the lock'], {
        source: lockPath,
      });
    sleepSync(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 50);
  }
  try {
    return fn();
  } finally {
    try {
      unlinkSync(lockPath);
    } catch {
      // Already removed (e.g. broken as stale by another process after a long pause).
    }
  }
}
