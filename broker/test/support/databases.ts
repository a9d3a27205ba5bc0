import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Where a test broker keeps its data, plus how to throw it away. */
export interface TestDatabase {
  readonly location: { database?: string; databaseUrl?: string };
  drop(): Promise<void>;
}

/** One backend the storage suite runs on. */
export interface TestDialect {
  readonly name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

const PG_ADMIN_URL = process.env.TREATY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh SQLite file in a temp dir. */
export const sqliteDialect: TestDialect = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'treaty-broker-'));
    return { location: { database: join(dir, 'broker.db') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

/** A fresh PostgreSQL database `treaty_test_<random>`, dropped afterwards. */
export const postgresDialect: TestDialect = {
  name: 'postgres',
  async create() {
    const name = `treaty_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    return { location: { databaseUrl: url.toString() }, drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  },
};

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** True when PostgreSQL answers; with CI=true a missing server is an error, not a skip. */
export async function postgresAvailable(): Promise<boolean> {
  try {
    await adminQuery('SELECT 1');
    return true;
  } catch (error) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI but did not answer at ${PG_ADMIN_URL}: ${(error as Error).message}`, { cause: error });
    console.warn(`Skipping PostgreSQL tests: no server answered at ${PG_ADMIN_URL} (${(error as Error).message}).`);
    return false;
  }
}

/** Every backend, like kysely's DIALECTS. */
export const DIALECTS: readonly TestDialect[] = [sqliteDialect, postgresDialect];

/**
 * Run a describe block once per dialect; PostgreSQL blocks skip (with a printed reason) when no server answers outside CI.
 * `fn` receives the dialect and a getter telling whether it is available in this run.
 */
export function describeEachDialect(name: string, fn: (dialect: TestDialect, available: () => boolean) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${name} on ${dialect.name}`, () => {
      let available = true;
      beforeAll(async () => {
        if (dialect.name === 'postgres') available = await postgresAvailable();
      });
      fn(dialect, () => available);
    });
  }
}
