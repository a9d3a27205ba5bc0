import type { MatrixRow, ResolvedSelector } from '../domain/matrix-types';
import type { Database } from '../storage/database';
import { matrixPublications, type MatrixPublicationRow } from '../storage/repositories/matrix-publications';
import { crossContractRows } from './cross-contract-results';

/** A consumer selector and a provider selector whose pacts (and their verifications) make matrix rows. */
export type SelectorPair = readonly [consumer: ResolvedSelector, provider: ResolvedSelector];

type Verified = NonNullable<MatrixRow['verification']> & { providerVersionId: number; providerVersionNumber: string };

interface Publication {
  row: MatrixPublicationRow;
  verified: Verified[];
}

// Kept from the per-pair publication lookup this replaced.
const MAX_PUBLICATIONS_PER_PAIR = 10_000;

function grouped(rows: MatrixPublicationRow[]): Publication[] {
  const byId = new Map<number, Publication>();
  for (const row of rows) {
    let publication = byId.get(row.id);
    if (!publication) byId.set(row.id, (publication = { row, verified: [] }));
    if (row.v_id === null) continue;
    publication.verified.push({
      id: row.v_id,
      number: Number(row.v_number),
      success: row.v_success === 1,
      createdAt: row.v_created_at ?? '',
      kind: 'verification',
      providerVersionId: Number(row.provider_version_id),
      providerVersionNumber: row.provider_version_number ?? '',
    });
  }
  return [...byId.values()];
}

// Cross-contract results come back from crossContractRows with negative ids (see cross-contract-results.ts).
async function addCrossContractResults(db: Database, publications: Publication[]): Promise<void> {
  const results = new Map<number, Verified[]>();
  for (const { row, verified } of publications) {
    if (row.has_contracts !== 1) continue;
    let found = results.get(row.pact_version_id);
    if (!found) {
      const rows = await crossContractRows(db, row.pact_version_id);
      found = rows.map((v) => ({
        id: v.id,
        number: v.number,
        success: v.success === 1,
        createdAt: v.created_at,
        kind: 'cross-contract',
        providerVersionId: v.provider_version_id,
        providerVersionNumber: v.provider_version_number,
      }));
      results.set(row.pact_version_id, found);
    }
    verified.push(...found);
  }
}

function rowsOfPair(publications: Publication[], [consumer, provider]: SelectorPair): MatrixRow[] {
  const versions = consumer.versionIds === 'all' ? undefined : new Set(consumer.versionIds);
  const allowed = provider.versionIds === 'all' ? undefined : new Set(provider.versionIds);
  const mine = publications.filter(
    ({ row }) =>
      row.provider_id === provider.pacticipantId &&
      (versions ? versions.has(row.consumer_version_id) : row.consumer_id === consumer.pacticipantId),
  );
  const out: MatrixRow[] = [];
  for (const { row, verified } of mine.slice(0, MAX_PUBLICATIONS_PER_PAIR)) {
    const base: MatrixRow = {
      consumerName: row.consumer_name,
      consumerVersionId: row.consumer_version_id,
      consumerVersionNumber: row.consumer_version_number,
      providerName: row.provider_name,
      pactVersionId: row.pact_version_id,
      sha: row.sha,
      pactCreatedAt: row.created_at,
    };
    const verifications = verified.filter((v) => !allowed || allowed.has(v.providerVersionId));
    if (verifications.length === 0) out.push(base);
    for (const { providerVersionId, providerVersionNumber, ...verification } of verifications)
      out.push({ ...base, providerVersionId, providerVersionNumber, verification });
  }
  return out;
}

/**
 * The rows of every pair (each consumer's selected versions' pacts with its provider, verified by the provider's
 * selected versions), in one query.
 */
export async function matrixRows(db: Database, pairs: readonly SelectorPair[]): Promise<MatrixRow[]> {
  const known = pairs.filter(
    ([consumer, provider]) => consumer.pacticipantId !== undefined && provider.pacticipantId !== undefined,
  );
  const rows = await matrixPublications(
    db,
    known.map(([consumer, provider]) => ({
      consumerId: consumer.pacticipantId!,
      consumerVersionIds: consumer.versionIds,
      providerId: provider.pacticipantId!,
    })),
  );
  const publications = grouped(rows);
  await addCrossContractResults(db, publications);
  return known.flatMap((pair) => rowsOfPair(publications, pair));
}
