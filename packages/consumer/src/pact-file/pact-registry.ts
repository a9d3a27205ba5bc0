import { join, resolve } from 'node:path';
import type { Interaction, WritableSpecVersion } from '@treaty/core';
import { PactFileWriter } from './write-pact-file';

/** Which pact file interactions go to. */
export interface PactTarget {
  consumer: string;
  provider: string;
  /** Defaults to `./pacts`. */
  dir?: string;
  specVersion: WritableSpecVersion;
  /** `overwrite` replaces the file's interactions with this process's on the first write. */
  writeMode?: 'merge' | 'overwrite' | 'update';
  /**
   * Fail a test that defines an interaction differently from another test (default: the last one wins, with a
   * warning).
   */
  strict?: boolean;
}

// One writer per pact file and process: it holds the merged pact in memory so that each test's write
// costs about the size of its own interactions, not of the whole pact.
const writers = new Map<string, PactFileWriter>();
const pathCache = new WeakMap<PactTarget, string>();

/**
 * The pact file path for a target: `<dir>/<consumer>-<provider>.json`.
 * @example
 * pactFilePath({ consumer: 'web', provider: 'api', dir: 'pacts', specVersion: 'V4' }) // '/abs/pacts/web-api.json'
 */
export function pactFilePath(target: PactTarget): string {
  let path = pathCache.get(target);
  if (!path) {
    path = resolve(join(target.dir ?? './pacts', `${target.consumer}-${target.provider}.json`));
    pathCache.set(target, path);
  }
  return path;
}

/**
 * Write the interactions of a passed test to their pact file before returning, merged with what other
 * tests and processes wrote. Needs no hook or exit handler, so it works under any test runner.
 * @example recordInteractions(target, [interaction])
 * @throws TREATY_CONSUMER_CONFLICTING_INTERACTION in strict mode when an interaction with the same description and
 * states differs;
 *   TREATY_CONSUMER_PACT_WRITE or TREATY_CONSUMER_PACT_LOCK when the file cannot be written.
 */
export function recordInteractions(target: PactTarget, interactions: Interaction[]): void {
  const file = pactFilePath(target);
  let writer = writers.get(file);
  if (!writer) {
    const { consumer, provider, specVersion, writeMode } = target;
    const strict = target.strict ?? process.env.TREATY_STRICT_INTERACTIONS === 'true';
    const overwrite = writeMode === 'overwrite';
    const keepOpen = !insideTestWorker();
    writer = new PactFileWriter({
      file,
      consumer,
      provider,
      specVersion,
      overwrite,
      strict,
      metadata: METADATA,
      keepOpen,
    });
    writers.set(file, writer);
  }
  writer.record(interactions);
}

const METADATA = { treaty: { version: '0.1.0' } };

// Jest and Vitest load each test file in a fresh module registry within a long-lived worker.
function insideTestWorker(): boolean {
  return process.env.JEST_WORKER_ID !== undefined || process.env.VITEST_WORKER_ID !== undefined;
}

/**
 * Put this process's pact files in sorted order (pact-js's), which appends may have left unsorted.
 * Every pact is complete on disk when the test that defined it resolves; Treaty calls this when a test
 * file ends where the runner allows, so calling it yourself is only needed for the order.
 * @example flushPacts()
 * @throws TREATY_CONSUMER_PACT_WRITE or TREATY_CONSUMER_PACT_LOCK when a file cannot be written.
 */
export function flushPacts(): void {
  for (const writer of writers.values()) writer.sort();
}
