import type { Database } from '../../storage/database';
import { requirePacticipant } from '../../routes/lookups';
import { listBranches } from '../../storage/repositories/branches';
import { labelsOf } from '../../storage/repositories/pacticipants';
import { labelsOfVersions } from '../../storage/repositories/version-labels';
import { integrationsOf } from '../../storage/repositories/version-sets';
import { listVersions } from '../../storage/repositories/versions';
import { placementsOf } from './placements';
import { contractVersionsOf } from './provider-contract-view';

/**
 * The pacticipant page: versions with branches and tags, branches, main branch, placements, labels, repository,
 * integrations in both directions and provider contracts.
 * @throws TreatyError TREATY_BROKER_NOT_FOUND when the pacticipant does not exist.
 */
export async function pacticipantView(db: Database, name: string) {
  const row = await requirePacticipant(db, name);
  const versions = await listVersions(db, row.id, 50);
  const labels = await labelsOfVersions(
    db,
    versions.map((v) => v.id),
  );
  const integrations = await integrationsOf(db, row.id);
  const nameOf = (id: number) => integrations.names.get(id) ?? String(id);
  return {
    name: row.name,
    displayName: row.display_name,
    mainBranch: row.main_branch,
    repositoryUrl: row.repository_url,
    labels: await labelsOf(db, row.id),
    branches: (await listBranches(db, row.id)).map((b) => ({ name: b.name, createdAt: b.created_at })),
    versions: versions.map((v) => ({
      number: v.number,
      createdAt: v.created_at,
      buildUrl: v.build_url,
      ...labels.get(v.id),
    })),
    placements: (await placementsOf(db, [row.id])).get(row.id) ?? [],
    providers: integrations.providers.map(nameOf).sort(),
    consumers: integrations.consumers.map(nameOf).sort(),
    contracts: await contractVersionsOf(db, row.id),
  };
}
