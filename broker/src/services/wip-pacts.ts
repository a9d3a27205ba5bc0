/*
 * Work-in-progress pacts, as the Pact Broker's `find_wip`: the latest pact of each consumer branch (and, when the
 * provider
 * version is identified by tags rather than a branch, of each consumer tag) published since a date, not already
 * selected,
 * and not yet verified successfully by a provider version on that branch (or with that tag: pending for any one tag
 * counts).
 */
import type { Database } from '../storage/database';
import { listBranches } from '../storage/repositories/branches';
import { findPublications, type PublicationFilter } from '../storage/repositories/pacts';
import type { PacticipantRow, PublicationRow } from '../storage/repositories/rows';
import { hasSuccessfulVerification } from '../storage/repositories/verifications';

/** Which provider version the WIP pacts are for: its branch, else its tags. */
export interface WipTarget {
  providerVersionBranch?: string;
  providerVersionTags: readonly string[];
  since: string;
}

async function consumerTags(db: Database, consumerId: number): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    'SELECT DISTINCT t.name FROM tags t JOIN versions v ' +
      'ON v.id = t.version_id WHERE v.pacticipant_id = ? ORDER BY t.name',
    [consumerId],
  );
  return rows.map((row) => row.name);
}

async function consumerFilters(
  db: Database,
  consumerId: number,
  byTags: boolean,
): Promise<Partial<PublicationFilter>[]> {
  const branches = (await listBranches(db, consumerId)).map((branch) => ({ branch: branch.name }));
  return byTags ? [...(await consumerTags(db, consumerId)).map((tag) => ({ tag })), ...branches] : branches;
}

async function isPendingFor(db: Database, row: PublicationRow, target: WipTarget): Promise<boolean> {
  if (target.providerVersionBranch)
    return !(await hasSuccessfulVerification(db, row.pact_version_id, { branch: target.providerVersionBranch }));
  for (const tag of target.providerVersionTags)
    if (!(await hasSuccessfulVerification(db, row.pact_version_id, { tags: [tag] }))) return true;
  return false;
}

/**
 * The WIP pacts of a provider version, newest consumer label first, skipping pact contents in `exclude` (which it
 * extends).
 */
export async function findWipPacts(
  db: Database,
  provider: PacticipantRow,
  target: WipTarget,
  exclude: Set<number>,
): Promise<PublicationRow[]> {
  if (!target.providerVersionBranch && target.providerVersionTags.length === 0) return [];
  const recent = await findPublications(db, { providerId: provider.id, since: target.since });
  const out: PublicationRow[] = [];
  for (const consumerId of new Set(recent.map((row) => row.consumer_id))) {
    for (const filter of await consumerFilters(db, consumerId, !target.providerVersionBranch)) {
      const [row] = await findPublications(db, { providerId: provider.id, consumerId, ...filter }, 1);
      if (!row || row.created_at < target.since || exclude.has(row.pact_version_id)) continue;
      exclude.add(row.pact_version_id);
      if (await isPendingFor(db, row, target)) out.push(row);
    }
  }
  return out;
}
