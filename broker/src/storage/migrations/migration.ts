import type { Dialect } from '../database';

/** One schema change. `sql` may use `{{id}}` for an auto-increment integer primary key. */
export interface Migration {
  /** A unique, ordered name such as `001-core`; never renamed once released. */
  readonly name: string;
  /** Statements run in order inside the migration transaction. */
  readonly statements: readonly string[];
}

const idColumn: Record<Dialect, string> = {
  sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  postgres: 'SERIAL PRIMARY KEY',
};

/** Replace the dialect tokens of a migration statement. */
export function renderStatement(sql: string, dialect: Dialect): string {
  return sql.replace(/\{\{id\}\}/g, idColumn[dialect]);
}
