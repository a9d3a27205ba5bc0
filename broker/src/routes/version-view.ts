import type { Database } from '../storage/database';
import { branchesOfVersion } from '../storage/repositories/branches';
import { listEnvironments } from '../storage/repositories/environments';
import type { VersionRow } from '../storage/repositories/rows';
import { tagsOfVersion } from '../storage/repositories/tags';
import { versionJson } from '../hal/version-json';

/** Load what a version resource shows and render it. */
export async function showVersion(
  db: Database,
  base: string,
  pacticipant: string,
  row: VersionRow,
): Promise<Record<string, unknown>> {
  const [branches, tags, environments] = await Promise.all([
    branchesOfVersion(db, row.id),
    tagsOfVersion(db, row.id),
    listEnvironments(db),
  ]);
  return versionJson(base, row, { pacticipant, branches, tags, environments });
}
