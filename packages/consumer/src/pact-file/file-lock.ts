import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { consumerErrors } from '../errors';

/** Options of {@link withFileLock}. */
export interface LockOptions {
  /** Give up after this many milliseconds. Default 30 s. */
  timeoutMs?: number;
  /** A lock older than this is stale (its writer died). Default 10 s. */
  staleMs?: number;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

// Synchronous on purpose: the final flush runs in a process 'exit' handler, where nothing async runs.
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function isStale(lockPath: string, staleMs: number): boolean {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8').split(' ')[0]);
    if (pid > 0 && pid !== process.pid && !processAlive(pid)) return true;
    return Date.now() - statSync(lockPath).mtimeMs > staleMs;
  } catch {
    return false;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryAcquire(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    writeSync(fd, `${process.pid} ${Date.now()}`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw consumerErrors.TREATY_CONSUMER_PACT_LOCK([lockPath, (error as Error).message], { source: lockPath }, error);
  }
}

/**
 * Run `fn` while holding an exclusive lock file (created with `wx`), retrying and breaking stale locks.
 * @example withFileLock('pacts/a-b.json.lock', () => writeMerged())
 * @throws TREATY_CONSUMER_PACT_LOCK when the lock cannot be taken in time.
 */
export function withFileLock<T>(lockPath: string, fn: () => T, options: LockOptions = {}): T {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let wait = 2;
  while (!tryAcquire(lockPath)) {
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
