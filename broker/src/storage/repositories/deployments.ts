import { randomUUID } from 'node:crypto';
import { notFound } from '../../errors';
import type { Database } from '../database';
import { now, type DeployedVersionRow, type ReleasedVersionRow } from './rows';

const DEPLOYED_SELECT = `SELECT d.*, v.number AS version_number, p.name AS pacticipant_name,
  e.uuid AS environment_uuid, e.name AS environment_name
  FROM deployed_versions d JOIN versions v ON v.id = d.version_id JOIN pacticipants p ON p.id = v.pacticipant_id
  JOIN environments e ON e.id = d.environment_id`;
const RELEASED_SELECT = `SELECT r.*, v.number AS version_number, p.name AS pacticipant_name,
  e.uuid AS environment_uuid, e.name AS environment_name
  FROM released_versions r JOIN versions v ON v.id = r.version_id JOIN pacticipants p ON p.id = v.pacticipant_id
  JOIN environments e ON e.id = r.environment_id`;

/**
 * Record a deployment. As in the Pact Broker, the previous version of the same pacticipant on the
 * same application instance of the environment is marked undeployed; redeploying the same version is idempotent.
 * The swap is serialised per pacticipant (a row lock on PostgreSQL, the single writer on SQLite) and the
 * partial unique index `deployed_versions_one_current` guarantees one current deployment.
 * @throws TreatyError TREATY_BROKER_NOT_FOUND when the pacticipant was deleted meanwhile.
 */
export async function recordDeployment(
  db: Database,
  versionId: number,
  pacticipantId: number,
  environmentId: number,
  applicationInstance: string | null,
): Promise<DeployedVersionRow> {
  return db.transaction(async (tx) => {
    await lockPacticipant(tx, pacticipantId);
    const current = await tx.all<{ id: number; version_id: number; uuid: string }>(
      `SELECT d.id, d.version_id, d.uuid FROM deployed_versions d
       WHERE d.pacticipant_id = ? AND d.environment_id = ? AND d.undeployed_at IS NULL
       AND COALESCE(d.application_instance, '') = ?`,
      [pacticipantId, environmentId, applicationInstance ?? ''],
    );
    const same = current.find((row) => row.version_id === versionId);
    for (const row of current)
      if (row !== same) await tx.run('UPDATE deployed_versions SET undeployed_at = ? WHERE id = ?', [now(), row.id]);
    const uuid = same?.uuid ?? randomUUID();
    if (!same) {
      await tx.run(
        'INSERT INTO deployed_versions (uuid, version_id, pacticipant_id, environment_id, ' +
          'application_instance, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [uuid, versionId, pacticipantId, environmentId, applicationInstance, now()],
      );
    }
    const row = await findDeployedVersion(tx, uuid);
    if (!row) throw notFound('the deployed version (its pacticipant or environment was deleted meanwhile)');
    return row;
  });
}

// Concurrent swaps for one pacticipant wait here on PostgreSQL; SQLite transactions already run one at a time.
async function lockPacticipant(tx: Database, pacticipantId: number): Promise<void> {
  if (!(await tx.lockRow('pacticipants', pacticipantId))) throw notFound('the pacticipant (it was deleted meanwhile)');
}

/** A deployed version by uuid. */
export function findDeployedVersion(db: Database, uuid: string): Promise<DeployedVersionRow | undefined> {
  return db.get<DeployedVersionRow>(`${DEPLOYED_SELECT} WHERE d.uuid = ?`, [uuid]);
}

/** Mark a deployment as ended. */
export async function undeploy(db: Database, uuid: string): Promise<void> {
  await db.run('UPDATE deployed_versions SET undeployed_at = ? WHERE uuid = ? AND undeployed_at IS NULL', [
    now(),
    uuid,
  ]);
}

/** Deployed versions matching a filter, oldest first. */
export function listDeployedVersions(
  db: Database,
  filter: {
    environmentId?: number;
    pacticipant?: string;
    versionId?: number;
    currentOnly?: boolean;
    applicationInstance?: string;
  },
): Promise<DeployedVersionRow[]> {
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
  return db.all<DeployedVersionRow>(
    `${DEPLOYED_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.id`,
    params,
  );
}

/**
 * Record a release (idempotent per version and environment: the unique key makes concurrent calls safe).
 * @throws TreatyError TREATY_BROKER_NOT_FOUND when the version was deleted meanwhile.
 */
export async function recordRelease(
  db: Database,
  versionId: number,
  environmentId: number,
): Promise<{ row: ReleasedVersionRow; created: boolean }> {
  const result = await db.run(
    'INSERT INTO released_versions (uuid, version_id, environment_id, created_at) VALUES (?, ?, ?, ?) ON ' +
      'CONFLICT (version_id, environment_id) DO NOTHING',
    [randomUUID(), versionId, environmentId, now()],
  );
  const row = await db.get<ReleasedVersionRow>(`${RELEASED_SELECT} WHERE r.version_id = ? AND r.environment_id = ?`, [
    versionId,
    environmentId,
  ]);
  if (!row) throw notFound('the released version (its version or environment was deleted meanwhile)');
  return { row, created: result.changes > 0 };
}

/** A released version by uuid. */
export function findReleasedVersion(db: Database, uuid: string): Promise<ReleasedVersionRow | undefined> {
  return db.get<ReleasedVersionRow>(`${RELEASED_SELECT} WHERE r.uuid = ?`, [uuid]);
}

/** Mark a release as no longer supported. */
export async function endSupport(db: Database, uuid: string): Promise<void> {
  await db.run('UPDATE released_versions SET support_ended_at = ? WHERE uuid = ? AND support_ended_at IS NULL', [
    now(),
    uuid,
  ]);
}

/** Released versions matching a filter, oldest first. */
export function listReleasedVersions(
  db: Database,
  filter: { environmentId?: number; pacticipant?: string; versionId?: number; currentOnly?: boolean },
): Promise<ReleasedVersionRow[]> {
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
  return db.all<ReleasedVersionRow>(
    `${RELEASED_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.id`,
    params,
  );
}
