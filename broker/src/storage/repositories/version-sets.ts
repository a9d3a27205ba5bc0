import type { Database } from '../database';
import { PLACEMENTS } from './rows';

async function ids(db: Database, sql: string, params: (string | number)[]): Promise<number[]> {
  return (await db.all<{ id: number }>(sql, params)).map((row) => row.id);
}

/** Ids of a pacticipant's versions carrying a tag, newest first. */
export function versionIdsWithTag(db: Database, pacticipantId: number, tag: string): Promise<number[]> {
  return ids(
    db,
    'SELECT v.id FROM versions v JOIN tags t ON t.version_id = v.id ' +
      'WHERE v.pacticipant_id = ? AND t.name = ? ORDER BY v.id DESC',
    [pacticipantId, tag],
  );
}

/** Ids of a pacticipant's versions on a branch, newest first. */
export function versionIdsOnBranchName(db: Database, pacticipantId: number, branch: string): Promise<number[]> {
  return ids(
    db,
    'SELECT bv.version_id AS id FROM branch_versions bv JOIN branches b ON b.id = bv.branch_id WHERE ' +
      'b.pacticipant_id = ? AND b.name = ? ORDER BY bv.version_id DESC',
    [pacticipantId, branch],
  );
}

/** Ids of a pacticipant's versions currently deployed to, or released and supported in, a named environment. */
export async function versionIdsInEnvironment(
  db: Database,
  pacticipantId: number,
  environment: string,
): Promise<number[]> {
  const found: number[] = [];
  for (const { table, ended } of Object.values(PLACEMENTS)) {
    const sql = `SELECT DISTINCT x.version_id AS id FROM ${table} x JOIN environments e ON e.id = x.environment_id
     JOIN versions v ON v.id = x.version_id
     WHERE v.pacticipant_id = ? AND e.name = ? AND x.${ended} IS NULL`;
    found.push(...(await ids(db, sql, [pacticipantId, environment])));
  }
  return [...new Set(found)].sort((a, b) => b - a);
}

/**
 * Every provider a pacticipant has pacts with and every consumer with pacts with it (ids, plus their names), in one
 * query.
 */
export async function integrationsOf(
  db: Database,
  pacticipantId: number,
): Promise<{ providers: number[]; consumers: number[]; names: Map<number, string> }> {
  const rows = await db.all<{ consumer_id: number; provider_id: number; consumer_name: string; provider_name: string }>(
    `SELECT i.consumer_id, i.provider_id, c.name AS consumer_name, p.name AS provider_name
     FROM (SELECT DISTINCT consumer_id, provider_id FROM pact_versions WHERE consumer_id = ? OR provider_id = ?) i
     JOIN pacticipants c ON c.id = i.consumer_id JOIN pacticipants p ON p.id = i.provider_id`,
    [pacticipantId, pacticipantId],
  );
  const names = new Map<number, string>();
  for (const row of rows) {
    names.set(row.consumer_id, row.consumer_name);
    names.set(row.provider_id, row.provider_name);
  }
  const providers = [...new Set(rows.filter((row) => row.consumer_id === pacticipantId).map((row) => row.provider_id))];
  const consumers = [...new Set(rows.filter((row) => row.provider_id === pacticipantId).map((row) => row.consumer_id))];
  return { providers, consumers, names };
}

/**
 * Versions (id and number, newest first) of several pacticipants currently deployed to, or released and supported in, a
 * named environment, in one query.
 */
export async function versionsInEnvironmentOf(
  db: Database,
  pacticipantIds: readonly number[],
  environment: string,
): Promise<Map<number, { id: number; number: string }[]>> {
  const out = new Map<number, { id: number; number: string }[]>(pacticipantIds.map((id) => [id, []]));
  if (pacticipantIds.length === 0) return out;
  const ids = pacticipantIds.map(() => '?').join(', ');
  // Filtering deployments by pacticipant uses the one-current-deployment index; a hub has thousands per environment.
  const rows = await db.all<{ pacticipant_id: number; id: number; number: string }>(
    `SELECT v.pacticipant_id, v.id, v.number FROM versions v WHERE v.id IN (
       SELECT d.version_id FROM deployed_versions d JOIN environments e ON e.id = d.environment_id
         WHERE e.name = ? AND d.undeployed_at IS NULL AND d.pacticipant_id IN (${ids})
       UNION SELECT r.version_id FROM released_versions r JOIN environments e ON e.id = r.environment_id
       JOIN versions rv ON rv.id = r.version_id
         WHERE e.name = ? AND r.support_ended_at IS NULL AND rv.pacticipant_id IN (${ids}))
     ORDER BY v.id DESC`,
    [environment, ...pacticipantIds, environment, ...pacticipantIds],
  );
  for (const row of rows) out.get(row.pacticipant_id)?.push({ id: row.id, number: row.number });
  return out;
}
