import type { Database } from '../database';
import { now, present, type VersionRow } from './rows';

/** One version of a pacticipant by number. */
export function findVersion(db: Database, pacticipantId: number, number: string): Promise<VersionRow | undefined> {
  return db.get<VersionRow>('SELECT * FROM versions WHERE pacticipant_id = ? AND number = ?', [pacticipantId, number]);
}

/** One version by id. */
export function findVersionById(db: Database, id: number): Promise<VersionRow | undefined> {
  return db.get<VersionRow>('SELECT * FROM versions WHERE id = ?', [id]);
}

/** The version, created when missing (safe under concurrent writers); `buildUrl` is set when given. */
export async function ensureVersion(
  db: Database,
  pacticipantId: number,
  number: string,
  buildUrl?: string,
): Promise<{ version: VersionRow; created: boolean }> {
  const at = now();
  const inserted = await db.get<VersionRow>(
    'INSERT INTO versions (pacticipant_id, number, build_url, created_at, updated_at) VALUES (?, ?, ?, ?, ' +
      '?) ON CONFLICT (pacticipant_id, number) DO NOTHING RETURNING *',
    [pacticipantId, number, buildUrl ?? null, at, at],
  );
  if (inserted) return { version: inserted, created: true };
  if (buildUrl !== undefined) {
    await db.run('UPDATE versions SET build_url = ?, updated_at = ? WHERE pacticipant_id = ? AND number = ?', [
      buildUrl,
      at,
      pacticipantId,
      number,
    ]);
  }
  return { version: present(await findVersion(db, pacticipantId, number), `version "${number}"`), created: false };
}

/** A pacticipant's versions, newest first. */
export function listVersions(db: Database, pacticipantId: number, limit = 100): Promise<VersionRow[]> {
  return db.all<VersionRow>('SELECT * FROM versions WHERE pacticipant_id = ? ORDER BY id DESC LIMIT ?', [
    pacticipantId,
    limit,
  ]);
}

/** The newest version, optionally the newest with a tag or on a branch. */
export function latestVersion(
  db: Database,
  pacticipantId: number,
  filter: { tag?: string; branch?: string } = {},
): Promise<VersionRow | undefined> {
  if (filter.tag !== undefined) {
    return db.get<VersionRow>(
      'SELECT v.* FROM versions v JOIN tags t ON t.version_id = v.id WHERE v.pacticipant_id = ? AND t.name ' +
        '= ? ORDER BY v.id DESC LIMIT 1',
      [pacticipantId, filter.tag],
    );
  }
  if (filter.branch !== undefined) {
    return db.get<VersionRow>(
      `SELECT v.* FROM versions v JOIN branch_versions bv ON bv.version_id = v.id JOIN branches b ON b.id = bv.branch_id
       WHERE b.pacticipant_id = ? AND b.name = ? ORDER BY v.id DESC LIMIT 1`,
      [pacticipantId, filter.branch],
    );
  }
  return db.get<VersionRow>('SELECT * FROM versions WHERE pacticipant_id = ? ORDER BY id DESC LIMIT 1', [
    pacticipantId,
  ]);
}

/** Delete a version and what hangs off it. */
export async function deleteVersion(db: Database, id: number): Promise<void> {
  await db.run('DELETE FROM versions WHERE id = ?', [id]);
}
