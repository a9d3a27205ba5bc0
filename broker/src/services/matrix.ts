import type { MatrixQuery, MatrixSelector } from '../domain/matrix-query';
import type { MatrixRow, ResolvedSelector } from '../domain/matrix-types';
import type { Database } from '../storage/database';
import { integrationsOf } from '../storage/repositories/version-sets';
import { matrixRows, type SelectorPair } from './matrix-rows';
import { resolveMatrixSelector } from './resolve-matrix-selector';
import { resolvePartnerSelectors } from './resolve-partner-selectors';

/** The rows a matrix query finds and the selectors they were found with. */
export interface MatrixResult {
  rows: MatrixRow[];
  selectors: ResolvedSelector[];
}

function inferredTarget(query: MatrixQuery): Omit<MatrixSelector, 'pacticipant'> | undefined {
  if (!query.latest && !query.tag && !query.environment && !query.mainBranch) return undefined;
  if (query.environment) return { environment: query.environment };
  if (query.mainBranch) return { mainBranch: true };
  return { latest: query.latest, tag: query.tag };
}

async function inferredRows(
  db: Database,
  selected: ResolvedSelector,
  target: Omit<MatrixSelector, 'pacticipant'>,
): Promise<MatrixResult> {
  if (selected.pacticipantId === undefined) return { rows: [], selectors: [selected] };
  const { providers, consumers, names } = await integrationsOf(db, selected.pacticipantId);
  const partners = [...new Set([...providers, ...consumers])]
    .filter((id) => id !== selected.pacticipantId && names.has(id))
    .map((id) => ({ id, name: names.get(id)! }));
  const resolved = await resolvePartnerSelectors(db, partners, target);
  const pairs: SelectorPair[] = [];
  resolved.forEach((partner, at) => {
    if (providers.includes(partners[at].id)) pairs.push([selected, partner]);
    if (consumers.includes(partners[at].id)) pairs.push([partner, selected]);
  });
  return { rows: await matrixRows(db, pairs), selectors: [selected, ...resolved] };
}

async function explicitPairs(db: Database, selectors: ResolvedSelector[]): Promise<SelectorPair[]> {
  const pairs: SelectorPair[] = [];
  if (selectors.length === 1) {
    const [only] = selectors;
    if (only.pacticipantId === undefined) return pairs;
    const { providers, consumers } = await integrationsOf(db, only.pacticipantId);
    const any = (id: number): ResolvedSelector => ({
      pacticipantName: '',
      pacticipantId: id,
      versionIds: 'all',
      description: '',
      specified: false,
      missing: false,
    });
    for (const id of providers) pairs.push([only, any(id)]);
    for (const id of consumers) pairs.push([any(id), only]);
    return pairs;
  }
  for (const consumer of selectors) {
    for (const provider of selectors)
      if (consumer !== provider && consumer.pacticipantName !== provider.pacticipantName)
        pairs.push([consumer, provider]);
  }
  return pairs;
}

function latestBy(rows: MatrixRow[], by: MatrixQuery['latestby']): MatrixRow[] {
  if (!by) return rows;
  const best = new Map<string, MatrixRow>();
  const rank = (row: MatrixRow) => [row.verification ? 1 : 0, row.providerVersionId ?? 0, row.verification?.id ?? 0];
  const better = (a: MatrixRow, b: MatrixRow) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
    return false;
  };
  for (const row of rows) {
    const key =
      by === 'cvp'
        ? `${row.consumerVersionId}|${row.providerName}`
        : `${row.consumerVersionId}|${row.providerName}|${row.providerVersionId ?? ''}`;
    const current = best.get(key);
    if (!current || better(row, current)) best.set(key, row);
  }
  return [...best.values()];
}

function markIgnored(rows: MatrixRow[], ignore: MatrixSelector[]): void {
  const hit = (name: string, number: string | undefined, s: MatrixSelector) =>
    s.pacticipant === name && (!s.version || s.version === number);
  for (const row of rows)
    row.ignored =
      ignore.some(
        (s) =>
          hit(row.consumerName, row.consumerVersionNumber, s) || hit(row.providerName, row.providerVersionNumber, s),
      ) || undefined;
}

/** Run a (validated) matrix query. */
export async function queryMatrix(db: Database, query: MatrixQuery): Promise<MatrixResult> {
  const specified = await Promise.all(query.selectors.map((s) => resolveMatrixSelector(db, s, true)));
  const target = query.selectors.length === 1 ? inferredTarget(query) : undefined;
  const result = target
    ? await inferredRows(db, specified[0], target)
    : { rows: await matrixRows(db, await explicitPairs(db, specified)), selectors: specified };
  const rows = latestBy(result.rows, query.latestby).sort(
    (a, b) =>
      a.consumerName.localeCompare(b.consumerName) ||
      b.consumerVersionId - a.consumerVersionId ||
      a.providerName.localeCompare(b.providerName) ||
      (b.providerVersionId ?? 0) - (a.providerVersionId ?? 0),
  );
  markIgnored(rows, query.ignore);
  return { rows: query.limit ? rows.slice(0, query.limit) : rows, selectors: result.selectors };
}
