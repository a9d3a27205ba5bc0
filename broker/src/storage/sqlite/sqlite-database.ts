import type BetterSqlite3 from 'better-sqlite3';
import type { Database, RunResult, SqlValue } from '../database';
import { resolve } from 'node:path';
import { createMutex, type Mutex } from './mutex';

// One mutex per file shared by every connection of this process: a second connection's synchronous
// busy wait would otherwise block the event loop while the first awaits inside its transaction.
const mutexes = new Map<string, Mutex>();

function mutexFor(file: string): Mutex {
  const key = file === ':memory:' ? `${file}:${mutexes.size}` : resolve(file);
  let mutex = mutexes.get(key);
  if (!mutex) mutexes.set(key, (mutex = createMutex()));
  return mutex;
}

// SQLite has one writer at a time (`BEGIN IMMEDIATE` plus the mutex): the locks PostgreSQL needs are no-ops here,
// except that lockRow still says whether the row exists.
function serialLocks(raw: { get<T>(sql: string, params?: readonly SqlValue[]): T | undefined }) {
  return {
    lockRow: async (table: string, id: number | string) =>
      raw.get(`SELECT id FROM ${table} WHERE id = ?`, [id]) !== undefined,
    lockKey: async () => undefined,
    allowLongStatements: async () => undefined,
    skipLockedSql: '',
  };
}

/** What {@link openSqliteDatabase} needs. */
export interface SqliteDatabaseConfig {
  /** A file path, or `:memory:`. */
  readonly file: string;
  /** Milliseconds a writer waits for another process's lock. */
  readonly busyTimeoutMs?: number;
}

/**
 * Open a SQLite file in WAL mode. better-sqlite3 is synchronous; a mutex keeps one transaction
 * at a time on the connection so that awaits inside a transaction never interleave with other requests.
 * @throws Error from better-sqlite3 when the file cannot be opened.
 */
export function openSqliteDatabase(config: SqliteDatabaseConfig): Database {
  const frozen = Object.freeze({ ...config });
  // Loaded here, not at the top: a broker on PostgreSQL never loads the native SQLite driver.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Driver = require('better-sqlite3') as typeof BetterSqlite3;
  const sqlite = new Driver(frozen.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`busy_timeout = ${frozen.busyTimeoutMs ?? 5000}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string): BetterSqlite3.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const raw = {
    all: <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    get: <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...params) as T | undefined,
    run: (sql: string, params: readonly SqlValue[] = []): RunResult => ({
      changes: prepare(sql).run(...params).changes,
    }),
  };
  const mutex = mutexFor(frozen.file);
  const inTx: Database = {
    dialect: 'sqlite',
    all: async (sql, params) => raw.all(sql, params),
    get: async (sql, params) => raw.get(sql, params),
    run: async (sql, params) => raw.run(sql, params),
    transaction: (fn) => fn(inTx),
    close: async () => undefined,
    ...serialLocks(raw),
  };
  return {
    dialect: 'sqlite',
    all: (sql, params) => mutex.run(async () => raw.all(sql, params)),
    get: (sql, params) => mutex.run(async () => raw.get(sql, params)),
    run: (sql, params) => mutex.run(async () => raw.run(sql, params)),
    transaction: (fn) =>
      mutex.run(async () => {
        sqlite.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(inTx);
          sqlite.exec('COMMIT');
          return result;
        } catch (error) {
          if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
          throw error;
        }
      }),
    close: async () => {
      await mutex.run(async () => sqlite.close());
    },
    ...serialLocks(raw),
  };
}
