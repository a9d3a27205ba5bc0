import type { Database, SqlValue } from '../database';
import { now, PLACEMENTS, present, type PactVersionRow, type Placement, type PublicationRow } from './rows';

const PUBLICATION_SELECT = `SELECT pp.*, c.id AS consumer_id, c.name AS consumer_name, pr.name AS provider_name,
  cv.number AS consumer_version_number, pv.sha AS sha
  FROM pact_publications pp
  JOIN versions cv ON cv.id = pp.consumer_version_id
  JOIN pacticipants c ON c.id = cv.pacticipant_id
  JOIN pacticipants pr ON pr.id = pp.provider_id
  JOIN pact_versions pv ON pv.id = pp.pact_version_id`;

/** Which consumer versions' publications to return. All given conditions must hold. */
export interface PublicationFilter {
  providerId?: number;
  consumerId?: number;
  consumerName?: string;
  consumerVersionId?: number;
  /** Consumer version on this branch. */
  branch?: string;
  /** Consumer version on its pacticipant's main branch. */
  mainBranch?: boolean;
  tag?: string;
  /** Consumer version without any tag. */
  untagged?: boolean;
  /** Currently deployed (to the named environment when a string). */
  deployed?: boolean | string;
  /** Released and supported (in the named environment when a string). */
  released?: boolean | string;
  /** Published at or after this ISO time. */
  since?: string;
  sha?: string;
}

/**
 * The condition "the consumer version has a live placement" (deployed, or released and supported), in the named
 * environment when `environment` is a string; none when it is `undefined` or `false`.
 */
function liveIn(
  { table, ended }: Placement,
  environment: boolean | string | undefined,
): [string, ...SqlValue[]] | undefined {
  if (environment === undefined || environment === false) return undefined;
  const named = typeof environment === 'string';
  const sql =
    `EXISTS (SELECT 1 FROM ${table} x JOIN environments e ON e.id = x.environment_id WHERE ` +
    `x.version_id = cv.id AND x.${ended} IS NULL${named ? ' AND e.name = ?' : ''})`;
  return named ? [sql, environment] : [sql];
}

function conditions(filter: PublicationFilter): { where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.providerId !== undefined) add('pp.provider_id = ?', filter.providerId);
  if (filter.consumerId !== undefined) add('c.id = ?', filter.consumerId);
  if (filter.consumerName !== undefined) add('c.name = ?', filter.consumerName);
  if (filter.consumerVersionId !== undefined) add('pp.consumer_version_id = ?', filter.consumerVersionId);
  if (filter.sha !== undefined) add('pv.sha = ?', filter.sha);
  if (filter.since !== undefined) add('pp.created_at >= ?', filter.since);
  const onBranch =
    'EXISTS (SELECT 1 FROM branch_versions bv JOIN branches b ' +
    'ON b.id = bv.branch_id WHERE bv.version_id = cv.id AND b.name = ';
  if (filter.branch !== undefined) add(`${onBranch}?)`, filter.branch);
  if (filter.mainBranch) add(`${onBranch}c.main_branch)`);
  if (filter.tag !== undefined)
    add('EXISTS (SELECT 1 FROM tags t WHERE t.version_id = cv.id AND t.name = ?)', filter.tag);
  if (filter.untagged) add('NOT EXISTS (SELECT 1 FROM tags t WHERE t.version_id = cv.id)');
  const deployed = liveIn(PLACEMENTS.deployed, filter.deployed);
  if (deployed) add(...deployed);
  const released = liveIn(PLACEMENTS.released, filter.released);
  if (released) add(...released);
  return { where, params };
}

/** Publications matching a filter, newest consumer version first. */
export function findPublications(db: Database, filter: PublicationFilter, limit = 10_000): Promise<PublicationRow[]> {
  const { where, params } = conditions(filter);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return db.all<PublicationRow>(
    `${PUBLICATION_SELECT} ${clause} ORDER BY pp.consumer_version_id DESC, pp.id DESC LIMIT ?`,
    [...params, limit],
  );
}

/** The publication of a consumer version's pact with a provider. */
export async function findPublication(
  db: Database,
  consumerVersionId: number,
  providerId: number,
): Promise<PublicationRow | undefined> {
  return (await findPublications(db, { consumerVersionId, providerId }, 1))[0];
}

/** The newest publication between a consumer and a provider (optionally with a tag or on a branch). */
export async function latestPublication(db: Database, filter: PublicationFilter): Promise<PublicationRow | undefined> {
  return (await findPublications(db, filter, 1))[0];
}

/** Stored pact content by consumer, provider and SHA. */
export function findPactVersion(
  db: Database,
  consumerId: number,
  providerId: number,
  sha: string,
): Promise<PactVersionRow | undefined> {
  return db.get<PactVersionRow>('SELECT * FROM pact_versions WHERE consumer_id = ? AND provider_id = ? AND sha = ?', [
    consumerId,
    providerId,
    sha,
  ]);
}

/** Stored pact content by id. */
export function findPactVersionById(db: Database, id: number): Promise<PactVersionRow | undefined> {
  return db.get<PactVersionRow>('SELECT * FROM pact_versions WHERE id = ?', [id]);
}

/** Store content once per SHA (idempotent under concurrent writers). */
export async function ensurePactVersion(
  db: Database,
  consumerId: number,
  providerId: number,
  sha: string,
  content: string,
): Promise<PactVersionRow> {
  const existing = await findPactVersion(db, consumerId, providerId, sha);
  if (existing) return existing;
  const inserted = await db.get<PactVersionRow>(
    'INSERT INTO pact_versions (sha, consumer_id, provider_id, content, created_at) VALUES (?, ?, ?, ?, ?) ' +
      'ON CONFLICT DO NOTHING RETURNING *',
    [sha, consumerId, providerId, content, now()],
  );
  return inserted ?? present(await findPactVersion(db, consumerId, providerId, sha), 'the pact content');
}

/** The `pact_publications` columns of a publication. */
export type PublicationTableRow = Pick<
  PublicationRow,
  'id' | 'consumer_version_id' | 'provider_id' | 'pact_version_id' | 'revision' | 'created_at'
>;

/**
 * Link a consumer version to content; replaces the link (new revision) when it pointed elsewhere.
 * Returns the stored row when it was written (`created`/`replaced`), so callers need not read it back.
 */
export async function upsertPublication(
  db: Database,
  consumerVersionId: number,
  providerId: number,
  pactVersionId: number,
): Promise<{ outcome: 'created' | 'unchanged' | 'replaced'; row?: PublicationTableRow }> {
  const at = now();
  const inserted = await db.get<PublicationTableRow>(
    'INSERT INTO pact_publications (consumer_version_id, provider_id, pact_version_id, revision, ' +
      'created_at) VALUES (?, ?, ?, 1, ?) ON CONFLICT DO NOTHING RETURNING *',
    [consumerVersionId, providerId, pactVersionId, at],
  );
  if (inserted) return { outcome: 'created', row: inserted };
  const updated = await db.get<PublicationTableRow>(
    'UPDATE pact_publications SET pact_version_id = ?, revision = revision + 1, created_at = ? WHERE ' +
      'consumer_version_id = ? AND provider_id = ? AND pact_version_id <> ? RETURNING *',
    [pactVersionId, at, consumerVersionId, providerId, pactVersionId],
  );
  return updated ? { outcome: 'replaced', row: updated } : { outcome: 'unchanged' };
}

/** Delete a consumer version's pact with a provider; true when it existed. */
export async function deletePublication(db: Database, consumerVersionId: number, providerId: number): Promise<boolean> {
  return (
    (
      await db.run('DELETE FROM pact_publications WHERE consumer_version_id = ? AND provider_id = ?', [
        consumerVersionId,
        providerId,
      ])
    ).changes > 0
  );
}
