import { createHash } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from './file-lock';

/** Who wrote one interaction of a pact file. */
export interface LedgerEntry {
  key: string;
  pid: number;
  ppid: number;
  test?: string;
}

const DIR = join(tmpdir(), 'treaty-pact-ledgers');

/**
 * Which process wrote each interaction of one pact file, as an append-only log beside the temp dir.
 * Parallel test workers are siblings (one parent) that live until the run ends: a live sibling's
 * different definition of an interaction is a conflict, while entries of dead processes are from
 * earlier runs. Use while holding the pact's lock.
 */
export class RunLedger {
  private readonly path: string;
  /** Kept open for appending (one write per test); closed with the process. */
  private fd?: number;

  /** @example new RunLedger('/abs/pacts/web-api.json') */
  constructor(file: string) {
    this.path = join(DIR, `${createHash('sha1').update(file).digest('hex')}.jsonl`);
  }

  /**
   * Log interactions as written by this process (drops dead processes' entries on first use).
   * @example ledger.append([{ key, pid: process.pid, ppid: process.ppid, test }])
   */
  append(entries: LedgerEntry[]): void {
    if (entries.length === 0) return;
    const lines = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
    if (this.fd === undefined) {
      mkdirSync(DIR, { recursive: true });
      const live = this.read().filter((entry) => processAlive(entry.pid));
      writeFileSync(this.path, live.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
      this.fd = openSync(this.path, 'a');
    }
    writeSync(this.fd, lines);
  }

  /**
   * The last entry for `key` written by a live sibling process of this run, if any.
   * @example ledger.siblingEntry(key)?.test
   */
  siblingEntry(key: string): LedgerEntry | undefined {
    const entry = this.read()
      .filter((e) => e.key === key)
      .pop();
    const sibling = entry && entry.pid !== process.pid && entry.ppid === process.ppid && processAlive(entry.pid);
    return sibling ? entry : undefined;
  }

  private read(): LedgerEntry[] {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return [];
    }
    const entries: LedgerEntry[] = [];
    for (const line of text.split('\n')) {
      try {
        if (line) entries.push(JSON.parse(line) as LedgerEntry);
      } catch {
        // A line torn by a crashed writer: skip it.
      }
    }
    return entries;
  }
}
