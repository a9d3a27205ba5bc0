import type { Database } from '../database';
import { detectMainBranch } from './pacticipants';
import { now, present } from './rows';

/** A branch of a pacticipant. */
export interface BranchRow {
  id: number;
  pacticipant_id: number;
  name: string;
  created_at: string;
}

/** The branch by name. */
export function findBranch(db: Database, pacticipantId: number, name: string): Promise<BranchRow | undefined> {
  return db.get<BranchRow>('SELECT * FROM branches WHERE pacticipant_id = ? AND name = ?', [pacticipantId, name]);
}

/** A pacticipant's branches by name. */
export function listBranches(db: Database, pacticipantId: number): Promise<BranchRow[]> {
  return db.all<BranchRow>('SELECT * FROM branches WHERE pacticipant_id = ? ORDER BY name', [pacticipantId]);
}

/**
 * Put a version on a branch, creating the branch when missing (idempotent). A caller that already knows the pacticipant
 * has
 * a main branch passes `mainBranchKnown` to save the main-branch detection (which only fills an empty main branch).
 */
export async function addBranchVersion(
  db: Database,
  pacticipantId: number,
  branch: string,
  versionId: number,
  options: { mainBranchKnown?: boolean } = {},
): Promise<BranchRow> {
  const at = now();
  let row = await findBranch(db, pacticipantId, branch);
  if (!row) {
    await db.run('INSERT INTO branches (pacticipant_id, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [
      pacticipantId,
      branch,
      at,
    ]);
    row = present(await findBranch(db, pacticipantId, branch), `branch "${branch}"`);
  }
  await db.run(
    'INSERT INTO branch_versions (branch_id, version_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    [row.id, versionId, at],
  );
  if (!options.mainBranchKnown) await detectMainBranch(db, pacticipantId, branch);
  return row;
}

/** True when the version is on the branch. */
export async function isOnBranch(db: Database, branchId: number, versionId: number): Promise<boolean> {
  return (
    (await db.get('SELECT 1 AS x FROM branch_versions WHERE branch_id = ? AND version_id = ?', [
      branchId,
      versionId,
    ])) !== undefined
  );
}

/** Branch names of a version. */
export async function branchesOfVersion(db: Database, versionId: number): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    'SELECT b.name FROM branches b JOIN branch_versions bv ' +
      'ON bv.branch_id = b.id WHERE bv.version_id = ? ORDER BY bv.id',
    [versionId],
  );
  return rows.map((row) => row.name);
}

/** Version ids on a branch, newest first. */
export async function versionIdsOnBranch(db: Database, branchId: number, limit = 100): Promise<number[]> {
  const rows = await db.all<{ version_id: number }>(
    'SELECT version_id FROM branch_versions WHERE branch_id = ? ORDER BY version_id DESC LIMIT ?',
    [branchId, limit],
  );
  return rows.map((row) => row.version_id);
}

/** Delete a branch (its versions stay). */
export async function deleteBranch(db: Database, branchId: number): Promise<void> {
  await db.run('DELETE FROM branches WHERE id = ?', [branchId]);
}
