/**
 * The one storage interface of the broker. Repositories write portable SQL with `?` placeholders
 * once; each dialect folder (`sqlite/`, `postgres/`) implements this interface over its driver.
 */

/** A value bound to a `?` placeholder. Booleans are stored as 0/1 integers on both dialects. */
export type SqlValue = string | number | null;

/** Which database a {@link Database} talks to. */
export type Dialect = 'sqlite' | 'postgres';

/** What a write statement reports. */
export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

/** A connection (or a transaction on one) that runs portable SQL. */
export interface Database {
  readonly dialect: Dialect;
  /** All rows of a query. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row of a query, or undefined. */
  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** A write statement. */
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /**
   * Run `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Nested calls join the outer transaction.
   */
  transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T>;
  /** Release the connection(s). */
  close(): Promise<void>;
  // Locking differs by dialect; repositories ask for what they need and never test `dialect` themselves.
  /**
   * Inside a transaction: lock row `id` of `table` (one of ours, never user input) until the transaction ends, so
   * concurrent writers of its dependents take turns; false when there is no such row (deleted meanwhile).
   * PostgreSQL `SELECT ... FOR UPDATE`; on SQLite, where writers are serial, only the existence check.
   */
  lockRow(table: string, id: number | string): Promise<boolean>;
  /**
   * Inside a transaction: take a lock on `key` until the transaction ends. PostgreSQL transaction-scoped advisory
   * lock; SQLite's `BEGIN IMMEDIATE` already serialises transactions.
   */
  lockKey(key: number): Promise<void>;
  /**
   * Lift the statement timeout that protects requests for the rest of this transaction (schema changes on a big
   * database may need longer): `SET LOCAL statement_timeout = 0` on PostgreSQL, nothing on SQLite.
   */
  allowLongStatements(): Promise<void>;
  /**
   * Appended to a subquery that claims rows so that concurrent claimers skip rows another holds:
   * ` FOR UPDATE SKIP LOCKED` on PostgreSQL, empty on SQLite (one writer at a time).
   */
  readonly skipLockedSql: string;
}
