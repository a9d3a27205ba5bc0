import { spawnSync } from 'node:child_process';
import { Client } from 'pg';

/** The server the PostgreSQL tests use: `TREATY_TEST_PG_URL`, else the local trust-auth server. */
export const PG_ADMIN_URL = process.env.TREATY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether PostgreSQL answered when this module loaded, and why not. */
export interface PostgresStatus {
  available: boolean;
  reason?: string;
}

// Synchronous so that a test file can choose `describe` or `describe.skip` while Jest collects its tests.
const probeScript = `
const { Client } = require('pg');
const client = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 2000 });
client.connect().then(() => client.query('SELECT 1')).then(() => client.end())
  .then(() => process.exit(0), (error) => { process.stderr.write(error.message || String(error)); process.exit(1); });`;

function probe(): PostgresStatus {
  const run = spawnSync(process.execPath, ['-e', probeScript, PG_ADMIN_URL], { encoding: 'utf8', timeout: 10_000 });
  if (run.status === 0) return { available: true };
  const why = (run.stderr || run.error?.message || `probe exited with ${run.status}`).trim();
  const reason = `no PostgreSQL answered at ${PG_ADMIN_URL} (${why})`;
  if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI: ${reason}`);
  return { available: false, reason };
}

let status: PostgresStatus | undefined;

/** PostgreSQL's availability, probed once per test file; with CI=true a missing server throws instead. */
export function postgresStatus(): PostgresStatus {
  status ??= probe();
  return status;
}

/**
 * `describe` when PostgreSQL answers, else `describe.skip` with the reason in the title, so Jest reports the tests as
 * skipped rather than passed.
 */
export function describePostgres(name: string, fn: () => void): void {
  const { available, reason } = postgresStatus();
  if (available) describe(name, fn);
  else describe.skip(`${name} [skipped: ${reason}]`, fn);
}

/** Run one statement as the admin user (CREATE/DROP DATABASE). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The admin URL pointed at another database. */
export function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
