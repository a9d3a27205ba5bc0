import type { ConsumerVersionSelector } from '../domain/selectors';
import type { Database } from '../storage/database';
import { listBranches } from '../storage/repositories/branches';
import { findPacticipantById } from '../storage/repositories/pacticipants';
import { findPublications, latestPublication, type PublicationFilter } from '../storage/repositories/pacts';
import type { PublicationRow } from '../storage/repositories/rows';

/** A publication picked by a selector, with the branch/tag it was picked through (for notices). */
export interface Selected {
  publication: PublicationRow;
  selector: ConsumerVersionSelector;
  /** The branch or tag actually matched (e.g. the fallback, or the main branch's name). */
  matched?: string;
  fallback?: boolean;
}

function latestPerConsumer(rows: PublicationRow[]): PublicationRow[] {
  const seen = new Set<number>();
  return rows.filter((row) => (seen.has(row.consumer_id) ? false : (seen.add(row.consumer_id), true)));
}

async function withFallback(
  db: Database,
  base: PublicationFilter,
  primary: PublicationFilter,
  fallback: PublicationFilter | undefined,
): Promise<{ row: PublicationRow; fallback: boolean }[]> {
  const found = latestPerConsumer(await findPublications(db, { ...base, ...primary })).map((row) => ({
    row,
    fallback: false,
  }));
  if (!fallback) return found;
  const matched = new Set(found.map((f) => f.row.consumer_id));
  const extra = latestPerConsumer(await findPublications(db, { ...base, ...fallback })).filter(
    (row) => !matched.has(row.consumer_id),
  );
  return [...found, ...extra.map((row) => ({ row, fallback: true }))];
}

async function eachBranch(db: Database, base: PublicationFilter): Promise<Selected[]> {
  const consumers = latestPerConsumer(await findPublications(db, base));
  const out: Selected[] = [];
  for (const consumer of consumers) {
    for (const branch of await listBranches(db, consumer.consumer_id)) {
      const row = await latestPublication(db, { ...base, consumerId: consumer.consumer_id, branch: branch.name });
      if (row) out.push({ publication: row, selector: { branch: true }, matched: branch.name });
    }
  }
  return out;
}

async function mainBranchOf(db: Database, consumerId: number): Promise<string | undefined> {
  return (await findPacticipantById(db, consumerId))?.main_branch ?? undefined;
}

/** Resolve one (validated) selector against a provider's publications. */
export async function resolveSelector(
  db: Database,
  providerId: number,
  s: ConsumerVersionSelector,
  providerVersionBranch?: string,
): Promise<Selected[]> {
  const base: PublicationFilter = { providerId, ...(s.consumer ? { consumerName: s.consumer } : {}) };
  const pick = (
    rows: { row: PublicationRow; fallback: boolean }[],
    matched: (row: PublicationRow, fallback: boolean) => string | undefined,
  ) => rows.map(({ row, fallback }) => ({ publication: row, selector: s, matched: matched(row, fallback), fallback }));
  if (s.mainBranch) {
    const rows = latestPerConsumer(await findPublications(db, { ...base, mainBranch: true }));
    return Promise.all(
      rows.map(async (row) => ({ publication: row, selector: s, matched: await mainBranchOf(db, row.consumer_id) })),
    );
  }
  if (s.matchingBranch)
    return pick(
      await withFallback(db, base, { branch: providerVersionBranch }, undefined),
      () => providerVersionBranch,
    );
  if (s.branch === true) return eachBranch(db, base);
  if (typeof s.branch === 'string') {
    if (s.fallbackToMainBranch) {
      const found = await withFallback(db, base, { branch: s.branch }, { mainBranch: true });
      return Promise.all(
        found.map(async ({ row, fallback }) => ({
          publication: row,
          selector: s,
          fallback,
          matched: fallback ? await mainBranchOf(db, row.consumer_id) : (s.branch as string),
        })),
      );
    }
    const found = await withFallback(
      db,
      base,
      { branch: s.branch },
      s.fallbackBranch ? { branch: s.fallbackBranch } : undefined,
    );
    return pick(found, (_row, fallback) => (fallback ? s.fallbackBranch : (s.branch as string)));
  }
  if (s.tag && s.latest) {
    const found = await withFallback(db, base, { tag: s.tag }, s.fallbackTag ? { tag: s.fallbackTag } : undefined);
    return pick(found, (_row, fallback) => (fallback ? s.fallbackTag : s.tag));
  }
  if (s.tag)
    return pick(
      (await findPublications(db, { ...base, tag: s.tag })).map((row) => ({ row, fallback: false })),
      () => s.tag,
    );
  const environment = s.environment ?? true;
  const all = (rows: PublicationRow[]) => rows.map((row) => ({ row, fallback: false }));
  if (s.deployed) return pick(all(await findPublications(db, { ...base, deployed: environment })), () => s.environment);
  if (s.released) return pick(all(await findPublications(db, { ...base, released: environment })), () => s.environment);
  if (s.deployedOrReleased || s.environment) {
    const deployed = await findPublications(db, { ...base, deployed: environment });
    const released = await findPublications(db, { ...base, released: environment });
    const ids = new Set(deployed.map((row) => row.id));
    return pick(all([...deployed, ...released.filter((row) => !ids.has(row.id))]), () => s.environment);
  }
  return pick(all(latestPerConsumer(await findPublications(db, base))), () => undefined);
}
