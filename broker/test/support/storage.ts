// Storage internals are not public API; the storage suite reaches them from source.
import type { Database } from '../../src/storage/database';
import { describeEachDialect, type TestDatabase } from './databases';
import { migrate } from '../../src/storage/migrate';
import { migrations } from '../../src/storage/migrations';
import { openDatabase } from '../../src/storage/open-database';
import * as branches from '../../src/storage/repositories/branches';
import * as deployments from '../../src/storage/repositories/deployments';
import * as environments from '../../src/storage/repositories/environments';
import * as pacticipants from '../../src/storage/repositories/pacticipants';
import * as pacts from '../../src/storage/repositories/pacts';
import * as tags from '../../src/storage/repositories/tags';
import * as verifications from '../../src/storage/repositories/verifications';
import * as versions from '../../src/storage/repositories/versions';

export type { Database };
export { migrations };

/** Every repository, by name. */
export const repositories = { pacticipants, versions, branches, tags, environments, pacts, verifications, deployments };

/** Open the storage of a test database (migrated) with every repository. */
export async function openStorage(location: { database?: string; databaseUrl?: string }) {
  const db = await openDatabase(location);
  return { db, repos: repositories, migrate };
}

/**
 * Run a describe block once per dialect on a fresh, migrated database that is closed and dropped afterwards.
 * `db()` gives the open database. Without PostgreSQL (outside CI) its block is reported as skipped; `available()`
 * stays for older callers and is true in every block that runs.
 */
export function describeEachStorage(name: string, fn: (db: () => Database, available: () => boolean) => void): void {
  describeEachDialect(name, (dialect, available) => {
    let handle: TestDatabase;
    let db: Database;
    beforeAll(async () => {
      handle = await dialect.create();
      ({ db } = await openStorage(handle.location));
    });
    afterAll(async () => {
      await db?.close();
      await handle?.drop();
    });
    fn(() => db, available);
  });
}
