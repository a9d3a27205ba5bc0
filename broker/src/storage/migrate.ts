import type { Database } from './database';
import { migrations as allMigrations } from './migrations';
import { renderStatement, type Migration } from './migrations/migration';

// Any fixed 64-bit key: every broker process on one PostgreSQL database takes the same lock.
const MIGRATION_LOCK_KEY = 7_306_582_113;

/**
 * Bring the schema up to date in one transaction. Safe when several processes start together:
 * PostgreSQL serialises them with a transaction-scoped advisory lock, SQLite with `BEGIN IMMEDIATE`.
 * @throws Error from the driver when a statement fails (the transaction is rolled back).
 */
export async function migrate(db: Database, migrations: readonly Migration[] = allMigrations): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.allowLongStatements();
    await tx.lockKey(MIGRATION_LOCK_KEY);
    await tx.run('CREATE TABLE IF NOT EXISTS treaty_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const rows = await tx.all<{ name: string }>('SELECT name FROM treaty_migrations');
    const applied = new Set(rows.map((row) => row.name));
    const ran: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      for (const statement of migration.statements) await tx.run(renderStatement(statement, tx.dialect));
      await tx.run('INSERT INTO treaty_migrations (name, applied_at) VALUES (?, ?)', [
        migration.name,
        new Date().toISOString(),
      ]);
      ran.push(migration.name);
    }
    return ran;
  });
}
