import type { Database } from '../../storage/database';
import { labelsOfVersions } from '../../storage/repositories/version-labels';
import { integrationRows, type IntegrationRow } from './integration-rows';
import { placementsOf, type Placement } from './placements';

/** What the index asks for: a search text, a sort key and direction, a page. */
export interface IntegrationsQuery {
  q?: string;
  sort?: string;
  dir?: string;
  page?: string;
  size?: string;
}

/** One row of the index. */
export interface IntegrationItem extends IntegrationRow {
  consumerBranches: string[];
  consumerPlacements: Placement[];
  providerPlacements: Placement[];
}

const SORTS: Record<string, (row: IntegrationRow) => string> = {
  consumer: (row) => `${row.consumer.toLowerCase()}\u0000${row.provider.toLowerCase()}`,
  provider: (row) => `${row.provider.toLowerCase()}\u0000${row.consumer.toLowerCase()}`,
  published: (row) => row.publishedAt,
  verified: (row) => row.verification?.verifiedAt ?? '',
  status: (row) => row.status,
};

function sortRows(rows: IntegrationRow[], sort: string, dir: string): IntegrationRow[] {
  const key = SORTS[sort] ?? SORTS.consumer;
  const sign = dir === 'desc' ? -1 : 1;
  return rows
    .map((row) => ({ row, k: key(row) }))
    .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : 0))
    .map(({ row }) => row);
}

function clamp(value: string | undefined, fallback: number, max: number): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/**
 * One page of the integrations index: searched by consumer or provider name, sorted and paginated on the server,
 * with branches and deployments read for that page only.
 * @example await integrationsPage(db, { q: 'order', sort: 'published', dir: 'desc', page: '2' })
 */
export async function integrationsPage(db: Database, query: IntegrationsQuery) {
  const needle = (query.q ?? '').trim().toLowerCase();
  const all = await integrationRows(db);
  const found = needle
    ? all.filter((r) => r.consumer.toLowerCase().includes(needle) || r.provider.toLowerCase().includes(needle))
    : all;
  const size = clamp(query.size, 50, 200);
  const pages = Math.max(1, Math.ceil(found.length / size));
  const page = Math.min(clamp(query.page, 1, Number.MAX_SAFE_INTEGER), pages);
  const slice = sortRows(found, query.sort ?? 'consumer', query.dir ?? 'asc').slice((page - 1) * size, page * size);
  const labels = await labelsOfVersions(
    db,
    slice.map((r) => r.consumerVersionId),
  );
  const placements = await placementsOf(
    db,
    slice.flatMap((r) => [r.consumerId, r.providerId]),
  );
  const items: IntegrationItem[] = slice.map((row) => ({
    ...row,
    consumerBranches: labels.get(row.consumerVersionId)?.branches ?? [],
    consumerPlacements: placements.get(row.consumerId) ?? [],
    providerPlacements: placements.get(row.providerId) ?? [],
  }));
  return { total: found.length, all: all.length, page, pages, size, items };
}
