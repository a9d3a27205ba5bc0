import type { Database } from './storage';

/** The same database, pushing (the start of) every statement it runs onto `statements`. */
export function counting(db: Database, statements: string[]): Database {
  const log = (sql: string) => statements.push(sql.replace(/\s+/g, ' ').slice(0, 60));
  return {
    dialect: db.dialect,
    all: (sql, params) => (log(sql), db.all(sql, params)),
    get: (sql, params) => (log(sql), db.get(sql, params)),
    run: (sql, params) => (log(sql), db.run(sql, params)),
    transaction: (fn) => db.transaction((tx) => fn(counting(tx, statements))),
    close: () => db.close(),
    lockRow: (table, id) => db.lockRow(table, id),
    lockKey: (key) => db.lockKey(key),
    allowLongStatements: () => db.allowLongStatements(),
    skipLockedSql: db.skipLockedSql,
  };
}
