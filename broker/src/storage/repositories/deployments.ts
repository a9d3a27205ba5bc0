import { randomUUID } from 'node:crypto';
import type { Database } from '../database';
import { now, type DeployedVersionRow, type ReleasedVersionRow } from './rows';

const DEPLOYED_SELECT = `SELECT d.*, v.number AS version_number, p.name AS pacticipant_name, e.uuid AS environment_uuid, e.name AS environment_name
  FROM deployed_versions d JOIN versions v ON v.id = d.version_id JOIN pacticipants p ON p.id = v.pacticipant_id
  JOIN environments e ON e.id = d.environment_id`;
const RELEASED_SELECT = `SELECT r.*, v.number AS version_number, p.name AS pacticipant_name, e.uuid AS environment_uuid, e.name AS environment_name
  FROM released_versions r JOIN versions v ON v.id = r.version_id JOIN pacticipants p ON p.id = v.pacticipant_id
  JOIN environments e ON e.id = r.environment_id`;

/**
 * Record a deployment. As in the Pact Broker, the previous version of the same pacticipant on the
 * same application instance of the environment is marked undeployed; redeploying the same version is idempotent.
 */
export async function recordDeployment(db: Database, versionId: number, pacticipantId: number, environmentId: number, applicationInstance: string | null): Promise<DeployedVersionRow> {
  return db.transaction(async (tx) => {
    const instanceClause = applicationInstance === null ? 'd.application_instance IS NULL' : 'd.application_instance = ?';
    const instanceParams = applicationInstance === null ? [] : [applicationInstance];
    const current = await tx.all<{ id: number; version_id: number; uuid: string }>(
      `SELECT d.id, d.version_id, d.uuid FROM deployed_versions d JOIN versions v ON v.id = d.version_id
       WHERE v.pacticipant_id = ? AND d.environment_id = ? AND d.undeployed_at IS NULL AND ${instanceClause}`,
      [pacticipantId, environmentId, ...instanceParams],
    );
    const same = current.find((row) => row.version_id === versionId);
    for (const row of current) if (row !== same) await tx.run('UPDATE deployed_versions SET undeployed_at = ? WHERE id = ?', [now(), row.id]);
    if (same) return (await findDeployedVersion(tx, same.uuid)) as DeployedVersionRow;
    const uuid = randomUUID();
    await tx.run(
      'INSERT INTO deployed_versions (uuid, version_id, environment_id, application_instance, created_at) VALUES (?, ?, ?, ?, ?)',
      [uuid, versionId, environmentId, applicationInstance, now()],
    );
    return (await findDeployedVersion(tx, uuid)) as DeployedVersionRow;
  });
}

/** A deployed version by uuid. */
export function findDeployedVersion(db: Database, uuid: string): Promise<DeployedVersionRow | undefined> {
  return db.get<DeployedVersionRow>(`${DEPLOYED_SELECT} WHERE d.uuid = ?`, [uuid]);
}

/** Mark a deployment as ended. */
export async function undeploy(db: Database, uuid: string): Promise<void> {
  await db.run('UPDATE deployed_versions SET undeployed_at = ? WHERE uuid = ? AND undeployed_at IS NULL', [now(), uuid]);
}

/** Deployed versions matching a filter, oldest first. */
export function listDeployedVersions(db: Database, filter: { environmentId?: number; pacticipant?: string; versionId?: number; currentOnly?: boolean; applicationInstance?: string }): Promise<DeployedVersionRow[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.environmentId !== undefined) {
    where.push('d.environment_id = ?');
    params.push(filter.environmentId);
  }
  if (filter.pacticipant !== undefined) {
    where.push('p.name = ?');
    params.push(filter.pacticipant);
  }
  if (filter.versionId !== undefined) {
    where.push('d.version_id = ?');
    params.push(filter.versionId);
  }
  if (filter.applicationInstance !== undefined) {
    where.push('d.application_instance = ?');
    params.push(filter.applicationInstance);
  }
  if (filter.currentOnly) where.push('d.undeployed_at IS NULL');
  return db.all<DeployedVersionRow>(`${DEPLOYED_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.id`, params);
}

/** Record a release (idempotent per version and environment). */
export async function recordRelease(db: Database, versionId: number, environmentId: number): Promise<{ row: ReleasedVersionRow; created: boolean }> {
  const result = await db.run(
    'INSERT INTO released_versions (uuid, version_id, environment_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (version_id, environment_id) DO NOTHING',
    [randomUUID(), versionId, environmentId, now()],
  );
  const row = (await db.get<ReleasedVersionRow>(`${RELEASED_SELECT} WHERE r.version_id = ? AND r.environment_id = ?`, [versionId, environmentId])) as ReleasedVersionRow;
  return { row, created: result.changes > 0 };
}

/** A released version by uuid. */
export function findReleasedVersion(db: Database, uuid: string): Promise<ReleasedVersionRow | undefined> {
  return db.get<ReleasedVersionRow>(`${RELEASED_SELECT} WHERE r.uuid = ?`, [uuid]);
}

/** Mark a release as no longer supported. */
export async function endSupport(db: Database, uuid: string): Promise<void> {
  await db.run('UPDATE released_versions SET support_ended_at = ? WHERE uuid = ? AND support_ended_at IS NULL', [now(), uuid]);
}

/** Released versions matching a filter, oldest first. */
export function listReleasedVersions(db: Database, filter: { environmentId?: number; pacticipant?: string; versionId?: number; currentOnly?: boolean }): Promise<ReleasedVersionRow[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.environmentId !== undefined) {
    where.push('r.environment_id = ?');
    params.push(filter.environmentId);
  }
  if (filter.pacticipant !== undefined) {
    where.push('p.name = ?');
    params.push(filter.pacticipant);
  }
  if (filter.versionId !== undefined) {
    where.push('r.version_id = ?');
    params.push(filter.versionId);
  }
  if (filter.currentOnly) where.push('r.support_ended_at IS NULL');
  return db.all<ReleasedVersionRow>(`${RELEASED_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.id`, params);
}
