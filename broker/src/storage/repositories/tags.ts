import type { Database } from '../database';
import { now } from './rows';

/** Tag a version (idempotent); true when the tag is new. */
export async function addTag(db: Database, versionId: number, tag: string): Promise<boolean> {
  const result = await db.run(
    'INSERT INTO tags (version_id, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    [versionId, tag, now()],
  );
  return result.changes > 0;
}

/** Remove a tag; true when it existed. */
export async function removeTag(db: Database, versionId: number, tag: string): Promise<boolean> {
  return (await db.run('DELETE FROM tags WHERE version_id = ? AND name = ?', [versionId, tag])).changes > 0;
}

/** A tag of a version with its creation time. */
export function findTag(
  db: Database,
  versionId: number,
  tag: string,
): Promise<{ name: string; created_at: string } | undefined> {
  return db.get('SELECT name, created_at FROM tags WHERE version_id = ? AND name = ?', [versionId, tag]);
}

/** Tag names of a version, oldest first. */
export async function tagsOfVersion(db: Database, versionId: number): Promise<string[]> {
  const rows = await db.all<{ name: string }>('SELECT name FROM tags WHERE version_id = ? ORDER BY created_at, name', [
    versionId,
  ]);
  return rows.map((row) => row.name);
}
