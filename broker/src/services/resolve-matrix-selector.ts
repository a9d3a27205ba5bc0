import type { MatrixSelector } from '../domain/matrix-query';
import type { ResolvedSelector } from '../domain/matrix-types';
import type { Database } from '../storage/database';
import { findPacticipant } from '../storage/repositories/pacticipants';
import { versionIdsInEnvironment, versionIdsOnBranchName, versionIdsWithTag } from '../storage/repositories/version-sets';
import { numbersOfVersions } from '../storage/repositories/version-labels';
import { findVersion, latestVersion } from '../storage/repositories/versions';

async function numbers(db: Database, ids: number[]): Promise<string> {
  return (await numbersOfVersions(db, ids.slice(0, 5))).join(', ');
}

async function describeResolved(db: Database, s: MatrixSelector, ids: number[] | 'all', mainBranch?: string): Promise<string> {
  const name = s.pacticipant;
  if (s.version) return `version ${s.version} of ${name}`;
  const found = ids === 'all' ? '' : ids.length ? ` (${await numbers(db, ids)})` : '';
  if (s.environment) return ids === 'all' || ids.length ? `a version of ${name} currently in ${s.environment}${found}` : `a version of ${name} currently in ${s.environment} (no version is currently recorded as deployed/released in this environment)`;
  const branch = s.mainBranch ? mainBranch : s.branch;
  const qualifier = branch ? ` from branch ${branch}` : s.tag ? ` with tag ${s.tag}` : '';
  if (s.latest || s.mainBranch) return `the latest version of ${name}${qualifier}${found}`;
  if (qualifier) return `any version of ${name}${qualifier}${found}`;
  return `any version of ${name}`;
}

async function versionIds(db: Database, pacticipantId: number, s: MatrixSelector, mainBranch?: string): Promise<number[] | 'all'> {
  if (s.version) {
    const row = await findVersion(db, pacticipantId, s.version);
    return row ? [row.id] : [];
  }
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

/** Look up the versions a matrix selector stands for. */
export async function resolveMatrixSelector(db: Database, s: MatrixSelector, specified: boolean): Promise<ResolvedSelector> {
  const pacticipant = await findPacticipant(db, s.pacticipant);
  if (!pacticipant) return { pacticipantName: s.pacticipant, versionIds: [], description: `pacticipant named '${s.pacticipant}'`, specified, missing: true };
  const mainBranch = pacticipant.main_branch ?? undefined;
  const ids = await versionIds(db, pacticipant.id, s, mainBranch);
  const asksForVersion = Boolean(s.version || s.latest || s.mainBranch || s.tag || s.branch);
  return {
    pacticipantName: pacticipant.name,
    pacticipantId: pacticipant.id,
    versionIds: ids,
    description: await describeResolved(db, s, ids, mainBranch),
    specified,
    missing: asksForVersion && ids !== 'all' && ids.length === 0,
  };
}
