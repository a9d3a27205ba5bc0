import { join, resolve } from 'node:path';
import { serializePact, type Interaction, type WritableSpecVersion } from '@treaty/core';
import { consumerErrors } from '../errors';
import { interactionKey, stableJson } from './interaction-key';
import { writePactFile } from './write-pact-file';

/** Which pact file interactions go to. */
export interface PactTarget {
  consumer: string;
  provider: string;
  /** Defaults to `./pacts`. */
  dir?: string;
  specVersion: WritableSpecVersion;
  /** `overwrite` replaces the file's interactions with this process's on the first write. */
  writeMode?: 'merge' | 'overwrite' | 'update';
}

interface PendingPact {
  target: PactTarget;
  file: string;
  interactions: Map<string, { interaction: Interaction; json: string }>;
  dirty: boolean;
  overwrite: boolean;
}

// Interactions are kept in memory and written once per pact (at the end of a test file or of the
// process): rewriting the file after every test makes the cost per interaction grow with the pact.
const pending = new Map<string, PendingPact>();
let writeThrough = false;

/**
 * The pact file path for a target: `<dir>/<consumer>-<provider>.json`.
 * @example pactFilePath({ consumer: 'web', provider: 'api', dir: 'pacts', specVersion: 'V4' }) // '/abs/pacts/web-api.json'
 */
export function pactFilePath(target: PactTarget): string {
  let path = pathCache.get(target);
  if (!path) {
    path = resolve(join(target.dir ?? './pacts', `${target.consumer}-${target.provider}.json`));
    pathCache.set(target, path);
  }
  return path;
}

const pathCache = new WeakMap<PactTarget, string>();

/**
 * Write each recorded interaction at once (used when no end-of-file hook could be installed).
 * @example setWriteThrough(true)
 */
export function setWriteThrough(enabled: boolean): void {
  writeThrough = enabled;
}

/**
 * Record the interactions of a passed test for writing.
 * @example recordInteractions(target, [interaction])
 * @throws TREATY_CONSUMER_CONFLICTING_INTERACTION when an interaction with the same description and states differs.
 */
export function recordInteractions(target: PactTarget, interactions: Interaction[]): void {
  const file = pactFilePath(target);
  let entry = pending.get(file);
  if (!entry) {
    entry = { target, file, interactions: new Map(), dirty: false, overwrite: target.writeMode === 'overwrite' };
    pending.set(file, entry);
  }
  for (const interaction of interactions) {
    checkWritable(target, interaction);
    const key = interactionKey(interaction);
    const json = stableJson(interaction);
    const previous = entry.interactions.get(key);
    if (previous && previous.json !== json) {
      throw consumerErrors.TREATY_CONSUMER_CONFLICTING_INTERACTION([interaction.description, `in ${file}`], { interaction: interaction.description, source: file });
    }
    entry.interactions.set(key, { interaction, json });
  }
  entry.dirty = true;
  if (writeThrough) flushPacts();
}

// Fail the test that defines an interaction its pact's version cannot hold, not the final write.
function checkWritable(target: PactTarget, interaction: Interaction): void {
  const { consumer, provider, specVersion } = target;
  if (specVersion === 'V4') return; // V4 holds every kind of interaction Treaty builds.
  serializePact({ consumer: { name: consumer }, provider: { name: provider }, interactions: [interaction], metadata: {}, specVersion }, { specVersion });
}

/**
 * Write every pact with unwritten interactions now (synchronously). Treaty calls this after each test
 * file and on process exit; call it yourself to have the files before that.
 * @example flushPacts()
 * @throws TREATY_CONSUMER_PACT_WRITE or TREATY_CONSUMER_PACT_LOCK when a file cannot be written.
 */
export function flushPacts(): void {
  for (const entry of pending.values()) {
    if (!entry.dirty) continue;
    const { target } = entry;
    writePactFile({
      file: entry.file,
      consumer: target.consumer,
      provider: target.provider,
      specVersion: target.specVersion,
      interactions: [...entry.interactions.values()].map((v) => v.interaction),
      metadata: { treaty: { version: '0.1.0' } },
      overwrite: entry.overwrite,
    });
    entry.dirty = false;
    entry.overwrite = false;
  }
}
