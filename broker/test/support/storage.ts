// Storage internals are not public API; tests reach them through the built output.
import type { Database } from '../../src/storage/database';

export type { Database };

/** Open the storage of a test database through the compiled broker, with every repository. */
export async function openStorage(location: { database?: string; databaseUrl?: string }) {
  const { openDatabase } = await import('../../src/storage/open-database');
  const { migrate } = await import('../../src/storage/migrate');
  const repos = {
    pacticipants: await import('../../src/storage/repositories/pacticipants'),
    versions: await import('../../src/storage/repositories/versions'),
    branches: await import('../../src/storage/repositories/branches'),
    tags: await import('../../src/storage/repositories/tags'),
    environments: await import('../../src/storage/repositories/environments'),
    pacts: await import('../../src/storage/repositories/pacts'),
    verifications: await import('../../src/storage/repositories/verifications'),
    deployments: await import('../../src/storage/repositories/deployments'),
  };
  const db = await openDatabase(location);
  return { db, repos, migrate };
}
