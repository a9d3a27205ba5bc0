import { brokerErrors } from '../errors';
import type { PostgresOptions } from '../options';
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
  /** PostgreSQL pool and statement limits. */
  readonly postgres?: PostgresOptions;
}

function describeLocation(location: DatabaseLocation): string {
  if (!location.databaseUrl) return `SQLite file ${location.database ?? './treaty-broker.db'}`;
  try {
    const url = new URL(location.databaseUrl);
    url.password = url.password ? '***' : '';
    return `PostgreSQL database ${url.toString()}`;
  } catch {
    return 'PostgreSQL database (unparsable URL)';
  }
}

/**
 * Open the configured database and run pending migrations.
 * @example const db = await openDatabase({ database: '/tmp/broker.db' });
 * @throws TreatyError TREATY_BROKER_INVALID_OPTIONS when the database cannot be opened or migrated (the driver's error
 *   is the cause).
 */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  let db: Database | undefined;
  try {
    db = location.databaseUrl
      ? openPostgresDatabase({
          connectionString: location.databaseUrl,
          max: location.postgres?.poolMax,
          statementTimeoutMs: location.postgres?.statementTimeoutMs,
          connectTimeoutMs: location.postgres?.connectTimeoutMs,
        })
      : openSqliteDatabase({ file: location.database ?? './treaty-broker.db' });
    await migrate(db);
    return db;
  } catch (error) {
    await db?.close().catch(() => undefined);
    const reason = `cannot open or migrate the ${describeLocation(location)} (${(error as Error).message})`;
    throw brokerErrors.TREATY_BROKER_INVALID_OPTIONS([reason], { source: describeLocation(location) }, error);
  }
}
