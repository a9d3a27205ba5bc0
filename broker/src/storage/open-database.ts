import type { Database } from './database';
import { migrate } from './migrate';
import { openPostgresDatabase } from './postgres/postgres-database';
import { openSqliteDatabase } from './sqlite/sqlite-database';

/** Where the broker keeps its data. */
export interface DatabaseLocation {
  /** A SQLite file path (ignored when `databaseUrl` is set). */
  readonly database?: string;
  /** A `postgres://` URL. */
  readonly databaseUrl?: string;
}

/**
 * Open the configured database and run pending migrations.
 * @throws Error from the driver when the database cannot be opened or migrated.
 */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const db = location.databaseUrl
    ? openPostgresDatabase({ connectionString: location.databaseUrl })
    : openSqliteDatabase({ file: location.database ?? './treaty-broker.db' });
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}
