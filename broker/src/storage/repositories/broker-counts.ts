import type { Database } from '../database';

/** One `SELECT` returning a single number, named by what it counts. */
const COUNTS = {
  pacticipants: 'SELECT COUNT(*) AS n FROM pacticipants',
  pacticipantsWithMainBranch: 'SELECT COUNT(*) AS n FROM pacticipants WHERE main_branch IS NOT NULL',
  integrations:
    'SELECT COUNT(*) AS n FROM (SELECT DISTINCT pv.consumer_id, pv.provider_id FROM pact_versions pv) pairs',
  pactPublications: 'SELECT COUNT(*) AS n FROM pact_publications',
  pactVersions: 'SELECT COUNT(*) AS n FROM pact_versions',
  verifications: 'SELECT COUNT(*) AS n FROM verifications',
  verificationSuccesses: 'SELECT COUNT(*) AS n FROM verifications WHERE success = 1',
  verificationsDistinct:
    'SELECT COUNT(*) AS n FROM (SELECT DISTINCT provider_version_id, pact_version_id, success FROM verifications) d',
  versions: 'SELECT COUNT(*) AS n FROM versions',
  versionsWithBranch:
    'SELECT COUNT(*) AS n FROM versions v WHERE EXISTS (SELECT 1 FROM branch_versions bv WHERE bv.version_id = v.id)',
  webhooks: 'SELECT COUNT(*) AS n FROM webhooks',
  tags: 'SELECT COUNT(*) AS n FROM tags',
  tagsDistinct: 'SELECT COUNT(*) AS n FROM (SELECT DISTINCT name FROM tags) d',
  tagsDistinctWithPacticipant:
    'SELECT COUNT(*) AS n FROM (SELECT DISTINCT t.name, v.pacticipant_id ' +
    'FROM tags t JOIN versions v ON v.id = t.version_id) d',
  triggeredWebhooks: 'SELECT COUNT(*) AS n FROM webhook_deliveries',
  webhookExecutions: 'SELECT COUNT(*) AS n FROM webhook_executions',
  environments: 'SELECT COUNT(*) AS n FROM environments',
  deployedVersions: 'SELECT COUNT(*) AS n FROM deployed_versions',
  currentlyDeployed: 'SELECT COUNT(*) AS n FROM deployed_versions WHERE undeployed_at IS NULL',
  releasedVersions: 'SELECT COUNT(*) AS n FROM released_versions',
  currentlySupported: 'SELECT COUNT(*) AS n FROM released_versions WHERE support_ended_at IS NULL',
} as const;

/** The name of a count {@link brokerCounts} returns. */
export type CountName = keyof typeof COUNTS;

/** Every count the metrics resource reports (PostgreSQL answers COUNT(*) as text: converted to numbers). */
export async function brokerCounts(db: Database): Promise<Record<CountName, number>> {
  const entries = await Promise.all(
    Object.entries(COUNTS).map(
      async ([name, sql]) => [name, Number((await db.get<{ n: number | string }>(sql))?.n ?? 0)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<CountName, number>;
}

/** First and last creation time of pact publications and of verifications. */
export async function firstAndLast(
  db: Database,
  table: 'pact_publications' | 'verifications',
): Promise<{ first: string | null; last: string | null }> {
  const row = await db.get<{ first: string | null; last: string | null }>(
    `SELECT MIN(created_at) AS first, MAX(created_at) AS last FROM ${table}`,
  );
  return { first: row?.first ?? null, last: row?.last ?? null };
}

/** How many groups have each size: revisions per consumer version and provider, or verifications per pact version. */
export async function distribution(db: Database, of: 'revisions' | 'verifications'): Promise<Record<string, number>> {
  const inner =
    of === 'revisions'
      ? 'SELECT MAX(revision) AS size FROM pact_publications GROUP BY consumer_version_id, provider_id'
      : 'SELECT COUNT(*) AS size FROM verifications GROUP BY pact_version_id';
  const rows = await db.all<{ size: number | string; n: number | string }>(
    `SELECT size, COUNT(*) AS n FROM (${inner}) groups GROUP BY size ORDER BY size`,
  );
  return Object.fromEntries(rows.map((row) => [String(Number(row.size)), Number(row.n)]));
}

/** The content of the latest pact of each integration (for interaction counts). */
export async function latestPactContents(db: Database): Promise<string[]> {
  const rows = await db.all<{ content: string }>(
    `SELECT pv.content FROM pact_versions pv WHERE pv.id IN (
       SELECT pp.pact_version_id FROM pact_publications pp WHERE pp.id IN (
         SELECT MAX(pp2.id) FROM pact_publications pp2 JOIN versions cv ON cv.id = pp2.consumer_version_id
         GROUP BY cv.pacticipant_id, pp2.provider_id))`,
  );
  return rows.map((row) => row.content);
}
