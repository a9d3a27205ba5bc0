import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { dirname } from 'node:path';
import { parsePact, type Interaction, type WritableSpecVersion } from '@treaty/core';
import { consumerErrors } from '../errors';
import { currentTestName } from './current-test';
import { withFileLock } from './file-lock';
import { compareInteractions, interactionKey } from './interaction-key';
import {
  renderInteraction,
  renderPact,
  type PactFrame,
  type PactHeader,
  type RenderedInteraction,
} from './render-pact';
import { RunLedger } from './run-ledger';

/** Where and how one pact file is written. */
export interface PactFileOptions {
  file: string;
  consumer: string;
  provider: string;
  specVersion: WritableSpecVersion;
  metadata?: Record<string, unknown>;
  /** Replace the file's interactions with this process's on the first write instead of merging. */
  overwrite?: boolean;
  /** Fail on two different definitions of one interaction instead of keeping the last with a warning. */
  strict?: boolean;
  /**
   * Keep the file open between appends (saves an open and a close per test). Only where one module
   * registry lives as long as the process: a runner that loads each test file afresh would leak a descriptor per file.
   */
  keepOpen?: boolean;
}

interface Entry extends RenderedInteraction {
  /** Recorded by this process (not read from the file). */
  ours: boolean;
  test?: string;
}

let tmpCounter = 0;

/**
 * One process's view of one pact file. Each `record` updates the file under a lock before returning, so
 * the file is complete whenever a test resolves. The process keeps the merged pact in memory: when it was
 * the last writer it only appends (or rewrites from memory); it re-reads the file only after another
 * process wrote it. Full rewrites go through a temporary file and a rename and sort the interactions
 * (pact-js's order); appends may leave the end unsorted until {@link PactFileWriter.sort}.
 */
export class PactFileWriter {
  private entries = new Map<string, Entry>();
  private metadata: Record<string, unknown>;
  private frame?: PactFrame;
  /** The byte length of the frame's tail. */
  private tailBytes = 0;
  /** Open on the file as we last wrote it, for appends. */
  private fd?: number;
  /** The file's identity and size right after our last write. */
  private stamp?: string;
  private identity = '';
  private size = 0;
  private overwrite: boolean;
  private readonly ledger: RunLedger;
  private readonly warned = new Set<string>();
  private sorted = true;
  /** The last interaction in the file. */
  private last?: Entry;

  /**
   * @example
   * new PactFileWriter({ file: '/abs/pacts/web-api.json', consumer: 'web', provider: 'api', specVersion: 'V4' })
   */
  constructor(private readonly options: PactFileOptions) {
    this.metadata = { ...options.metadata };
    this.overwrite = options.overwrite === true;
    this.ledger = new RunLedger(options.file);
  }

  /**
   * Write interactions of a passed test to the file now, merged with what is there.
   * @example writer.record([interaction])
   * @throws TREATY_CONSUMER_CONFLICTING_INTERACTION in strict mode when an interaction is defined differently
   * elsewhere;
   *   TREATY_CONSUMER_PACT_WRITE or TREATY_CONSUMER_PACT_LOCK when the file cannot be written.
   */
  record(interactions: Interaction[]): void {
    const test = currentTestName();
    const incoming = interactions.map((i) => renderInteraction(this.header(), i, interactionKey(i)));
    if (this.stamp === undefined) mkdirSync(dirname(this.options.file), { recursive: true });
    try {
      this.locked(() => this.recordLocked(incoming, test));
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== 'ENOENT') throw error;
      mkdirSync(dirname(this.options.file), { recursive: true }); // A test removed the pact directory.
      this.locked(() => this.recordLocked(incoming, test));
    }
  }

  // The lock is a hard link to the pact file: far cheaper than creating a lock file (see file-lock.ts).
  private locked(fn: () => void): void {
    withFileLock(`${this.options.file}.lock`, fn, { linkFrom: this.options.file });
  }

  private recordLocked(incoming: RenderedInteraction[], test: string | undefined): void {
    let rewrite = this.syncWithDisk();
    const appended: Entry[] = [];
    for (const item of incoming) {
      const previous = this.entries.get(item.key);
      const entry: Entry = { ...item, ours: true, test };
      if (previous?.text === item.text) {
        this.entries.set(item.key, entry);
        continue;
      }
      if (previous) {
        this.checkConflict(previous, entry);
        rewrite = true;
      } else {
        appended.push(entry);
      }
      this.entries.set(item.key, entry);
    }
    if (rewrite || !this.canAppend(appended)) this.writeAll();
    else if (appended.length > 0) this.append(appended);
    this.ledger.append(incoming.map((item) => ({ key: item.key, pid: process.pid, ppid: process.ppid, test })));
  }

  /**
   * Rewrite the file in sorted order if appends left it unsorted, and close the descriptor kept for appends
   * (called when the test file ends, where the runner allows; nothing depends on it but the order).
   * @example writer.sort()
   * @throws TREATY_CONSUMER_PACT_WRITE or TREATY_CONSUMER_PACT_LOCK when the file cannot be written.
   */
  sort(): void {
    this.closeFile();
    if (this.sorted || !statOrUndefined(this.options.file)) return; // Nothing to sort, or removed by the test.
    this.locked(() => {
      this.syncWithDisk();
      this.writeAll();
    });
  }

  private setStamp(stats: Stats): void {
    this.identity = `${stats.dev}:${stats.ino}`;
    this.stamp = stampOf(stats);
    this.size = stats.size;
  }

  private header(): PactHeader {
    const { consumer, provider, specVersion } = this.options;
    return { consumer, provider, specVersion, metadata: this.metadata };
  }

  // Re-read the file when another process wrote it since our last write; true when it must be rewritten.
  private syncWithDisk(): boolean {
    const stats = statOrUndefined(this.options.file);
    if (this.stamp !== undefined && stats && stampOf(stats) === this.stamp) return false;
    this.closeFile();
    const fromFile = this.overwrite || !stats ? [] : this.readFile();
    this.overwrite = false;
    const merged = new Map<string, Entry>();
    for (const item of fromFile) {
      const ours = this.entries.get(item.key);
      if (ours?.ours && ours.text !== item.text) this.checkConflict(item, ours);
      merged.set(item.key, ours?.ours ? ours : item);
    }
    for (const [key, entry] of this.entries) if (entry.ours && !merged.has(key)) merged.set(key, entry);
    this.entries = merged;
    return true;
  }

  private readFile(): Entry[] {
    const { file } = this.options;
    try {
      const pact = parsePact(JSON.parse(readFileSync(file, 'utf8')));
      this.metadata = { ...pact.metadata, ...this.options.metadata };
      return pact.interactions.map((i) => ({ ...renderInteraction(this.header(), i, interactionKey(i)), ours: false }));
    } catch (error) {
      const why = `the existing file is not a valid pact (${(error as Error).message})`;
      throw consumerErrors.TREATY_CONSUMER_PACT_WRITE([file, why], { source: file }, error);
    }
  }

  // Two definitions of one interaction: keep the last (pact-js's behaviour) with a warning, or fail in strict mode.
  private checkConflict(previous: Entry, next: Entry): void {
    const earlier = previous.ours ? { test: previous.test, where: 'this test file' } : this.siblingOf(previous);
    if (!earlier || this.warned.has(next.key)) return; // Left by an earlier run, or already reported.
    const { file, strict } = this.options;
    const name = next.interaction.description;
    const tests = `test "${earlier.test ?? '(unnamed)'}" (${earlier.where}) and test "${next.test ?? '(unnamed)'}"`;
    if (strict) {
      throw consumerErrors.TREATY_CONSUMER_CONFLICTING_INTERACTION([name, `${tests}, in ${file}`], {
        interaction: name,
        source: file,
      });
    }
    this.warned.add(next.key);
    console.warn(
      `Treaty: interaction "${name}" is defined differently by ${tests}; the last one is written to ${file}. ` +
        'Give one of them its own description or provider state (strictInteractions: true makes this an error).',
    );
  }

  private siblingOf(entry: Entry): { test?: string; where: string } | undefined {
    const sibling = this.ledger.siblingEntry(entry.key);
    return sibling && { test: sibling.test, where: `another test file, process ${sibling.pid}` };
  }

  private canAppend(appended: Entry[]): boolean {
    const frame = this.frame;
    return (
      frame !== undefined && this.entries.size > appended.length && appended.every((entry) => entry.list === frame.list)
    );
  }

  private writeAll(): void {
    const { file } = this.options;
    const items = [...this.entries.values()].sort((a, b) => compareInteractions(a.interaction, b.interaction));
    this.entries = new Map(items.map((item) => [item.key, item]));
    this.sorted = true;
    this.last = items[items.length - 1];
    const { text, frame } = renderPact(this.header(), items);
    const tmp = `${file}.${process.pid}.${tmpCounter++}.tmp`;
    this.closeFile();
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, file);
      this.setStamp(statSync(file));
    } catch (error) {
      throw consumerErrors.TREATY_CONSUMER_PACT_WRITE([file, (error as Error).message], { source: file }, error);
    }
    this.frame = frame;
    this.tailBytes = frame ? Buffer.byteLength(frame.tail) : 0;
  }

  // Overwrite the file's closing text with the new interactions and the same closing text.
  private append(appended: Entry[]): void {
    const { file } = this.options;
    for (const entry of appended) {
      this.sorted &&= compareInteractions(this.last!.interaction, entry.interaction) <= 0;
      this.last = entry;
    }
    const text = `,\n${appended.map((entry) => entry.text).join(',\n')}${this.frame!.tail}`;
    try {
      // The file is as we last wrote it (checked under the lock), so the descriptor we wrote through is still its own.
      this.fd ??= openSync(file, 'r+');
      const at = this.size - this.tailBytes;
      this.size = at + writeSync(this.fd, text, at, 'utf8');
      this.stamp = `${this.identity}:${this.size}`;
      if (!this.options.keepOpen) this.closeFile();
    } catch (error) {
      this.closeFile();
      throw consumerErrors.TREATY_CONSUMER_PACT_WRITE([file, (error as Error).message], { source: file }, error);
    }
  }

  // With `keepOpen`, the descriptor is kept between appends; it is closed when the file is replaced or sorted.
  private closeFile(): void {
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
    } catch {
      // Nothing to release.
    }
    this.fd = undefined;
  }
}

function statOrUndefined(file: string): Stats | undefined {
  return statSync(file, { throwIfNoEntry: false });
}

// Treaty writers either replace the file (a new inode) or append to it (a larger size), so device, inode
// and size tell whether anyone wrote since.
function stampOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}`;
}

/** What one process has to add to one pact file. */
export interface PactFileUpdate extends PactFileOptions {
  interactions: Interaction[];
}

/**
 * Merge interactions into a pact file once, under its lock (newer definitions replace older ones).
 * @example
 * writePactFile({ file: 'pacts/web-api.json', consumer: 'web', provider: 'api', specVersion: 'V4', interactions })
 * @throws TREATY_CONSUMER_PACT_WRITE when the existing file is not a pact or the file cannot be written.
 */
export function writePactFile(update: PactFileUpdate): void {
  const { interactions, ...options } = update;
  new PactFileWriter(options).record(interactions);
}
