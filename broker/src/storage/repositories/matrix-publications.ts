import type { Database, SqlValue } from '../database';

/** Which publications a matrix cell needs: a consumer's versions (or all of them) with one provider. */
export interface PublicationPair {
  consumerId: number;
  consumerVersionIds: readonly number[] | 'all';
  providerId: number;
}

/** A publication joined with one of its verifications (the `v_` columns are null when it has none). */
export interface MatrixPublicationRow {
  id: number;
  consumer_id: number;
  consumer_version_id: number;
  provider_id: number;
  pact_version_id: number;
  created_at: string;
  consumer_name: string;
  provider_name: string;
  consumer_version_number: string;
  sha: string;
  has_contracts: number;
  v_id: number | null;
  v_number: number | null;
  v_success: number | null;
  v_created_at: string | null;
  provider_version_id: number | null;
  provider_version_number: string | null;
}

const SELECT = `SELECT pp.id, cv.pacticipant_id AS consumer_id, pp.consumer_version_id, pp.provider_id,
  pp.pact_version_id, pp.created_at,
  c.name AS consumer_name, pr.name AS provider_name, cv.number AS consumer_version_number, pv.sha,
  CASE WHEN EXISTS (SELECT 1 FROM provider_contracts pc WHERE pc.provider_id = pp.provider_id) THEN 1 ELSE 0 END
  AS has_contracts,
  v.id AS v_id, v.number AS v_number, v.success AS v_success, v.created_at AS v_created_at,
  v.provider_version_id, prv.number AS provider_version_number
  FROM pact_publications pp
  JOIN versions cv ON cv.id = pp.consumer_version_id
  JOIN pacticipants c ON c.id = cv.pacticipant_id
  JOIN pacticipants pr ON pr.id = pp.provider_id
  JOIN pact_versions pv ON pv.id = pp.pact_version_id
  LEFT JOIN verifications v ON v.pact_version_id = pp.pact_version_id
  LEFT JOIN versions prv ON prv.id = v.provider_version_id`;

// Well below SQLite's (32766) and PostgreSQL's (65535) bound-parameter limits.
const MAX_PARAMS = 2000;

interface Clause {
  sql: string;
  params: SqlValue[];
}

function clausesOf(pairs: readonly PublicationPair[]): Clause[] {
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  for (const pair of pairs) {
    if (pair.consumerVersionIds !== 'all') {
      // An empty version list selects nothing (and `IN ()` is no SQL).
      for (let at = 0; at < pair.consumerVersionIds.length; at += MAX_PARAMS - 1) {
        const ids = pair.consumerVersionIds.slice(at, at + MAX_PARAMS - 1);
        clauses.push({
          sql: `(pp.provider_id = ? AND pp.consumer_version_id IN (${ids.map(() => '?').join(', ')}))`,
          params: [pair.providerId, ...ids],
        });
      }
      continue;
    }
    const key = `${pair.consumerId}|${pair.providerId}`;
    if (!seen.has(key))
      clauses.push({
        sql: '(pp.provider_id = ? AND cv.pacticipant_id = ?)',
        params: [pair.providerId, pair.consumerId],
      });
    seen.add(key);
  }
  return clauses;
}

/**
 * Every publication of the given pairs with each of its verifications, newest consumer version, publication and
 * verification first, in as few queries as the bound-parameter limit allows (one for any can-i-deploy).
 */
export async function matrixPublications(
  db: Database,
  pairs: readonly PublicationPair[],
): Promise<MatrixPublicationRow[]> {
  const batches: Clause[][] = [];
  let size = MAX_PARAMS;
  for (const clause of clausesOf(pairs)) {
    if (size + clause.params.length > MAX_PARAMS) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1].push(clause);
    size += clause.params.length;
  }
  if (batches.length === 0) return [];
  const order = 'ORDER BY pp.consumer_version_id DESC, pp.id DESC, v.id DESC';
  const results = await Promise.all(
    batches.map((batch) =>
      db.all<MatrixPublicationRow>(
        `${SELECT} WHERE ${batch.map((c) => c.sql).join(' OR ')} ${order}`,
        batch.flatMap((c) => c.params),
      ),
    ),
  );
  if (results.length === 1) return results[0];
  const byKey = new Map<string, MatrixPublicationRow>();
  for (const row of results.flat()) byKey.set(`${row.id}|${row.v_id ?? ''}`, row);
  return [...byKey.values()].sort(
    (a, b) => b.consumer_version_id - a.consumer_version_id || b.id - a.id || (b.v_id ?? 0) - (a.v_id ?? 0),
  );
}
