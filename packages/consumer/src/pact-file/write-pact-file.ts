import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parsePact, serializePact, type Interaction, type Pact, type WritableSpecVersion } from '@treaty/core';
import { consumerErrors } from '../errors';
import { withFileLock } from './file-lock';
import { compareInteractions, interactionKey } from './interaction-key';
import { checkSiblingConflicts } from './run-ledger';

/** What one process has to add to one pact file. */
export interface PactFileUpdate {
  file: string;
  consumer: string;
  provider: string;
  specVersion: WritableSpecVersion;
  interactions: Interaction[];
  metadata?: Record<string, unknown>;
  /** Replace the file's interactions instead of merging with them. */
  overwrite?: boolean;
}

let tmpCounter = 0;

/**
 * Merge interactions into a pact file under a lock: read, merge (ours replace equal keys), write a
 * temporary file and rename it over the pact, so readers never see a torn file and no writer loses
 * another's interactions.
 * @example writePactFile({ file: 'pacts/web-api.json', consumer: 'web', provider: 'api', specVersion: 'V4', interactions })
 * @throws TREATY_CONSUMER_PACT_WRITE when the existing file is not a pact or the file cannot be written.
 */
export function writePactFile(update: PactFileUpdate): void {
  mkdirSync(dirname(update.file), { recursive: true });
  withFileLock(`${update.file}.lock`, () => {
    checkSiblingConflicts(update.file, update.interactions);
    const existing = update.overwrite ? undefined : readExisting(update.file);
    const merged = new Map<string, Interaction>();
    for (const interaction of existing?.interactions ?? []) merged.set(interactionKey(interaction), interaction);
    for (const interaction of update.interactions) merged.set(interactionKey(interaction), interaction);
    const pact: Pact = {
      consumer: { name: update.consumer },
      provider: { name: update.provider },
      interactions: [...merged.values()].sort(compareInteractions),
      metadata: { ...existing?.metadata, ...update.metadata },
      specVersion: update.specVersion,
    };
    const json = `${JSON.stringify(serializePact(pact, { specVersion: update.specVersion }), null, 2)}\n`;
    const tmp = `${update.file}.${process.pid}.${tmpCounter++}.tmp`;
    try {
      writeFileSync(tmp, json);
      renameSync(tmp, update.file);
    } catch (error) {
      throw consumerErrors.TREATY_CONSUMER_PACT_WRITE([update.file, (error as Error).message], { source: update.file }, error);
    }
  });
}

function readExisting(file: string): Pact | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return parsePact(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw consumerErrors.TREATY_CONSUMER_PACT_WRITE([file, `the existing file is not a valid pact (${(error as Error).message})`], { source: file }, error);
  }
}
