import type { Pool as PgPool, PoolClient } from 'pg';
import type { Database, SqlValue } from '../database';

/** What {@link openPostgresDatabase} needs. */
export interface PostgresDatabaseConfig {
  /** A `postgres://` connection string. */
  readonly connectionString: string;
  /** Pool size; default 10. */
  readonly max?: number;
  /** Server-side statement timeout in ms; default 15000 (the Pact Broker's). 0 disables it. */
  readonly statementTimeoutMs?: number;
  /** Longest wait for a pool connection in ms; default 10000. */
  readonly connectTimeoutMs?: number;
}

/** The statement timeout used when none is configured, as in the Pact Broker. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

/** Turn portable `?` placeholders into `$1`, `$2`, ... (our SQL never has `?` inside literals). */
export function toPostgresPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

type Queryable = Pick<PoolClient, 'query'>;

function over(queryable: Queryable, transaction: Database['transaction'], close: Database['close']): Database {
  const query = async <T>(sql: string, params: readonly SqlValue[] = []) =>
    queryable.query(toPostgresPlaceholders(sql), params as SqlValue[]) as unknown as Promise<{
      rows: T[];
      rowCount: number | null;
    }>;
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params?: readonly SqlValue[]) => (await query<T>(sql, params)).rows,
    get: async <T>(sql: string, params?: readonly SqlValue[]) => (await query<T>(sql, params)).rows[0],
    run: async (sql, params) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
    transaction,
    close,
    lockRow: async (table, id) => {
      const { rows } = await query(`SELECT id FROM ${table} WHERE id = ? FOR UPDATE`, [id]);
      return rows.length > 0;
    },
    lockKey: async (key) => void (await query('SELECT pg_advisory_xact_lock(?)', [key])),
    allowLongStatements: async () => void (await query('SET LOCAL statement_timeout = 0', [])),
    skipLockedSql: ' FOR UPDATE SKIP LOCKED',
  };
}

/**
 * Open a PostgreSQL connection pool. Transactions take one client from the pool.
 * @throws Error from `pg` when the first query cannot connect.
 */
export function openPostgresDatabase(config: PostgresDatabaseConfig): Database {
  // Loaded here, not at the top: a broker on SQLite never loads pg.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Pool } = require('pg') as { Pool: typeof PgPool };
  const pool = new Pool({
    connectionString: config.connectionString,
    max: config.max ?? 10,
    statement_timeout: config.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    connectionTimeoutMillis: config.connectTimeoutMs ?? 10_000,
  });
  pool.on('error', () => undefined); // an idle client dropped by the server must not crash the process
  const transaction: Database['transaction'] = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const tx = over(
        client,
        (inner) => inner(tx),
        async () => undefined,
      );
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  return over(pool, transaction, () => pool.end());
}
