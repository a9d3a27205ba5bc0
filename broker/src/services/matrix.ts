import type { MatrixQuery, MatrixSelector } from '../domain/matrix-query';
import type { MatrixRow, ResolvedSelector } from '../domain/matrix-types';
import type { Database } from '../storage/database';
import { findPublications } from '../storage/repositories/pacts';
import type { PublicationRow, VerificationRow } from '../storage/repositories/rows';
import { integrationsOf } from '../storage/repositories/version-sets';
import { verificationLikeRows } from './cross-contract-results';
import { resolveMatrixSelector } from './resolve-matrix-selector';

/** The rows a matrix query finds and the selectors they were found with. */
export interface MatrixResult {
  rows: MatrixRow[];
  selectors: ResolvedSelector[];
}

// Cross-contract results come back from verificationLikeRows with negative ids (see cross-contract-results.ts).
const verificationOf = (v: VerificationRow): NonNullable<MatrixRow['verification']> =>
  ({ id: v.id, number: v.number, success: v.success === 1, createdAt: v.created_at, kind: v.id < 0 ? 'cross-contract' : 'verification' });

class RowBuilder {
  private readonly verifications = new Map<number, Promise<VerificationRow[]>>();
  constructor(private readonly db: Database) {}

  private verificationsOf(pactVersionId: number): Promise<VerificationRow[]> {
    let found = this.verifications.get(pactVersionId);
    if (!found) this.verifications.set(pactVersionId, (found = verificationLikeRows(this.db, pactVersionId)));
    return found;
  }

  private async publications(consumer: ResolvedSelector, providerId: number): Promise<PublicationRow[]> {
    if (consumer.versionIds === 'all') return findPublications(this.db, { consumerId: consumer.pacticipantId, providerId });
    const lists = await Promise.all(consumer.versionIds.map((id) => findPublications(this.db, { consumerVersionId: id, providerId })));
    return lists.flat();
  }

  /** Rows of the consumer's selected versions' pacts with the provider, verified by the provider's selected versions. */
  async rows(consumer: ResolvedSelector, provider: ResolvedSelector): Promise<MatrixRow[]> {
    if (consumer.pacticipantId === undefined || provider.pacticipantId === undefined) return [];
    const out: MatrixRow[] = [];
    for (const pub of await this.publications(consumer, provider.pacticipantId)) {
      const base: MatrixRow = { consumerName: pub.consumer_name, consumerVersionId: pub.consumer_version_id, consumerVersionNumber: pub.consumer_version_number, providerName: pub.provider_name, pactVersionId: pub.pact_version_id, sha: pub.sha, pactCreatedAt: pub.created_at };
      const allowed = provider.versionIds;
      const verifications = (await this.verificationsOf(pub.pact_version_id)).filter((v) => allowed === 'all' || allowed.includes(v.provider_version_id));
      if (verifications.length === 0) out.push(base);
      for (const v of verifications) {
        out.push({ ...base, providerVersionId: v.provider_version_id, providerVersionNumber: v.provider_version_number, verification: verificationOf(v) });
      }
    }
    return out;
  }
}

function inferredTarget(query: MatrixQuery): Omit<MatrixSelector, 'pacticipant'> | undefined {
  if (!query.latest && !query.tag && !query.environment && !query.mainBranch) return undefined;
  if (query.environment) return { environment: query.environment };
  if (query.mainBranch) return { mainBranch: true };
  return { latest: query.latest, tag: query.tag };
}

async function inferredRows(db: Database, builder: RowBuilder, selected: ResolvedSelector, target: Omit<MatrixSelector, 'pacticipant'>): Promise<MatrixResult> {
  const selectors = [selected];
  const rows: MatrixRow[] = [];
  if (selected.pacticipantId === undefined) return { rows, selectors };
  const { providers, consumers, names } = await integrationsOf(db, selected.pacticipantId);
  for (const id of new Set([...providers, ...consumers])) {
    const name = names.get(id);
    if (name === undefined || id === selected.pacticipantId) continue;
    const resolved = await resolveMatrixSelector(db, { pacticipant: name, ...target }, false);
    selectors.push(resolved);
    if (providers.includes(id)) rows.push(...(await builder.rows(selected, resolved)));
    if (consumers.includes(id)) rows.push(...(await builder.rows(resolved, selected)));
  }
  return { rows, selectors };
}

async function explicitRows(db: Database, builder: RowBuilder, selectors: ResolvedSelector[]): Promise<MatrixRow[]> {
  const rows: MatrixRow[] = [];
  if (selectors.length === 1) {
    const [only] = selectors;
    if (only.pacticipantId === undefined) return rows;
    const { providers, consumers } = await integrationsOf(db, only.pacticipantId);
    const any = (id: number, name: string): ResolvedSelector => ({ pacticipantName: name, pacticipantId: id, versionIds: 'all', description: '', specified: false, missing: false });
    for (const id of providers) rows.push(...(await builder.rows(only, any(id, ''))));
    for (const id of consumers) rows.push(...(await builder.rows(any(id, ''), only)));
    return rows;
  }
  for (const consumer of selectors) {
    for (const provider of selectors) if (consumer !== provider && consumer.pacticipantName !== provider.pacticipantName) rows.push(...(await builder.rows(consumer, provider)));
  }
  return rows;
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
    const key = by === 'cvp' ? `${row.consumerVersionId}|${row.providerName}` : `${row.consumerVersionId}|${row.providerName}|${row.providerVersionId ?? ''}`;
    const current = best.get(key);
    if (!current || better(row, current)) best.set(key, row);
  }
  return [...best.values()];
}

function markIgnored(rows: MatrixRow[], ignore: MatrixSelector[]): void {
  const hit = (name: string, number: string | undefined, s: MatrixSelector) => s.pacticipant === name && (!s.version || s.version === number);
  for (const row of rows) row.ignored = ignore.some((s) => hit(row.consumerName, row.consumerVersionNumber, s) || hit(row.providerName, row.providerVersionNumber, s)) || undefined;
}

/** Run a (validated) matrix query. */
export async function queryMatrix(db: Database, query: MatrixQuery): Promise<MatrixResult> {
  const builder = new RowBuilder(db);
  const specified = await Promise.all(query.selectors.map((s) => resolveMatrixSelector(db, s, true)));
  const target = query.selectors.length === 1 ? inferredTarget(query) : undefined;
  const result = target ? await inferredRows(db, builder, specified[0], target) : { rows: await explicitRows(db, builder, specified), selectors: specified };
  const rows = latestBy(result.rows, query.latestby).sort(
    (a, b) => a.consumerName.localeCompare(b.consumerName) || b.consumerVersionId - a.consumerVersionId || a.providerName.localeCompare(b.providerName) || (b.providerVersionId ?? 0) - (a.providerVersionId ?? 0),
  );
  markIgnored(rows, query.ignore);
  return { rows: query.limit ? rows.slice(0, query.limit) : rows, selectors: result.selectors };
}
