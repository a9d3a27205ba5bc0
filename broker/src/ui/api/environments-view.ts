import type { Database } from '../../storage/database';
import { listEnvironments } from '../../storage/repositories/environments';
import { allPlacements } from './placements';

/**
 * The environments board: every environment, and which versions of which application are deployed or released there.
 * @example const { environments, placements } = await environmentsView(db);
 */
export async function environmentsView(db: Database) {
  const environments = await listEnvironments(db);
  return {
    environments: environments.map((e) => ({
      uuid: e.uuid,
      name: e.name,
      displayName: e.display_name,
      production: Boolean(Number(e.production)),
    })),
    placements: await allPlacements(db),
  };
}
