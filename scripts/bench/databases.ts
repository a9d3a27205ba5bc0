/**
 * The databases the broker benchmark and the reliability run measure on: a fresh SQLite file and a fresh PostgreSQL
 * database, made and dropped by the broker tests' own helpers.
 */
import { postgresDialect, sqliteDialect } from '../../broker/test/support/databases';
import { PG_ADMIN_URL } from '../../broker/test/support/postgres';

/** Where a broker keeps its data: the same shape as `startBroker`'s options. */
export interface DatabaseLocation {
  database?: string;
  databaseUrl?: string;
}

const DATABASES = [
  ['SQLite', sqliteDialect],
  ['PostgreSQL', postgresDialect],
] as const;

/**
 * Runs `run` on a fresh SQLite file, then on a fresh PostgreSQL database, dropping each afterwards. PostgreSQL is
 * skipped, with a line that says why, when no server answers.
 */
export async function onEachDatabase(run: (label: string, location: DatabaseLocation) => Promise<void>): Promise<void> {
  for (const [label, dialect] of DATABASES) {
    let created;
    try {
      created = await dialect.create();
    } catch (error) {
      console.log(`\n${label}: skipped (no server at ${PG_ADMIN_URL}: ${(error as Error).message})`);
      continue;
    }
    try {
      await run(label, created.location);
    } finally {
      await created.drop();
    }
  }
}
