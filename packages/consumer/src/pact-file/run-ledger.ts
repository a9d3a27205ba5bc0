import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Interaction } from '@treaty/core';
import { consumerErrors } from '../errors';
import { interactionKey, stableJson } from './interaction-key';

interface LedgerEntry {
  hash: string;
  pid: number;
  ppid: number;
}

// Which process last wrote each interaction of a pact file. Parallel test workers are siblings (one
// parent) that all live until the run ends; a live sibling's different definition of an interaction is
// a conflict, while entries of dead processes are from earlier runs and may be replaced.
function ledgerPath(file: string): string {
  return join(tmpdir(), 'treaty-pact-ledgers', `${createHash('sha1').update(file).digest('hex')}.json`);
}

function readLedger(path: string): Record<string, LedgerEntry> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, LedgerEntry>;
  } catch {
    return {};
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Check interactions against what sibling processes of this run wrote to the same pact, then record
 * them as ours. Call while holding the pact's lock.
 * @example checkSiblingConflicts('/abs/pacts/web-api.json', interactions)
 * @throws TREATY_CONSUMER_CONFLICTING_INTERACTION when a live sibling wrote the interaction differently.
 */
export function checkSiblingConflicts(file: string, interactions: Interaction[]): void {
  const path = ledgerPath(file);
  const ledger = readLedger(path);
  for (const interaction of interactions) {
    const key = interactionKey(interaction);
    const hash = createHash('sha1').update(stableJson(interaction)).digest('hex');
    const entry = ledger[key];
    const sibling = entry && entry.pid !== process.pid && entry.ppid === process.ppid && alive(entry.pid);
    if (sibling && entry.hash !== hash) {
      throw consumerErrors.TREATY_CONSUMER_CONFLICTING_INTERACTION(
        [interaction.description, `in ${file}, written by another test file of this run (process ${entry.pid})`],
        { interaction: interaction.description, source: file },
      );
    }
    ledger[key] = { hash, pid: process.pid, ppid: process.ppid };
  }
  mkdirSync(join(tmpdir(), 'treaty-pact-ledgers'), { recursive: true });
  writeFileSync(path, JSON.stringify(ledger));
}
