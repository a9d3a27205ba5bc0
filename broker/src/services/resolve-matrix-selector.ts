import type { MatrixSelector } from '../domain/matrix-query';
import type { ResolvedSelector } from '../domain/matrix-types';
import type { Database } from '../storage/database';
import { findPacticipantWithVersion } from '../storage/repositories/pacticipants';
import {
  versionIdsInEnvironment,
  versionIdsOnBranchName,
  versionIdsWithTag,
} from '../storage/repositories/version-sets';
import { numbersOfVersions } from '../storage/repositories/version-labels';
import { latestVersion } from '../storage/repositories/versions';

/** Words for what a resolved selector stands for; `found` lists (some of) the numbers of its versions. */
export function describeResolved(
  s: MatrixSelector,
  ids: readonly number[] | 'all',
  found: string[],
  mainBranch?: string,
): string {
  const name = s.pacticipant;
  if (s.version) return `version ${s.version} of ${name}`;
  const numbers = ids !== 'all' && ids.length ? ` (${found.slice(0, 5).join(', ')})` : '';
  if (s.environment)
    return ids === 'all' || ids.length
      ? `a version of ${name} currently in ${s.environment}${numbers}`
      : `a version of ${name} currently in ${s.environment} (no version is currently recorded as ` +
          `deployed/released in this environment)`;
  const branch = s.mainBranch ? mainBranch : s.branch;
  const qualifier = branch ? ` from branch ${branch}` : s.tag ? ` with tag ${s.tag}` : '';
  if (s.latest || s.mainBranch) return `the latest version of ${name}${qualifier}${numbers}`;
  if (qualifier) return `any version of ${name}${qualifier}${numbers}`;
  return `any version of ${name}`;
}

/** Whether a selector asks for particular versions (so finding none means it is missing). */
export const asksForVersion = (s: MatrixSelector): boolean =>
  Boolean(s.version || s.latest || s.mainBranch || s.tag || s.branch);

async function versionIds(
  db: Database,
  pacticipantId: number,
  s: MatrixSelector,
  mainBranch?: string,
): Promise<number[] | 'all'> {
  if (s.environment) return versionIdsInEnvironment(db, pacticipantId, s.environment);
  const branch = s.mainBranch ? mainBranch : s.branch;
  if (s.mainBranch && !branch) return [];
  if (s.latest || s.mainBranch) {
    const row = await latestVersion(db, pacticipantId, { branch, tag: s.tag });
    return row ? [row.id] : [];
  }
  if (branch) return versionIdsOnBranchName(db, pacticipantId, branch);
  if (s.tag) return versionIdsWithTag(db, pacticipantId, s.tag);
  return 'all';
}

/** Look up the versions a matrix selector stands for (a selector of one version number in one query). */
export async function resolveMatrixSelector(
  db: Database,
  s: MatrixSelector,
  specified: boolean,
): Promise<ResolvedSelector> {
  const pacticipant = await findPacticipantWithVersion(db, s.pacticipant, s.version);
  if (!pacticipant)
    return {
      pacticipantName: s.pacticipant,
      versionIds: [],
      description: `pacticipant named '${s.pacticipant}'`,
      specified,
      missing: true,
    };
  const mainBranch = pacticipant.main_branch ?? undefined;
  const ids = s.version
    ? pacticipant.version_id === null
      ? []
      : [pacticipant.version_id]
    : await versionIds(db, pacticipant.id, s, mainBranch);
  const found = ids !== 'all' && ids.length && !s.version ? await numbersOfVersions(db, ids.slice(0, 5)) : [];
  return {
    pacticipantName: pacticipant.name,
    pacticipantId: pacticipant.id,
    versionIds: ids,
    description: describeResolved(s, ids, found, mainBranch),
    specified,
    missing: asksForVersion(s) && ids !== 'all' && ids.length === 0,
  };
}
