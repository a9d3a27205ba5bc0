import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { adminQuery, databaseUrl, describePostgres, postgresStatus } from './postgres';

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

/** A fresh SQLite file in a temp dir. */
export const sqliteDialect: TestDialect = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'treaty-broker-'));
    return {
      location: { database: join(dir, 'broker.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** A fresh PostgreSQL database `treaty_test_<random>`, dropped afterwards. */
export const postgresDialect: TestDialect = {
  name: 'postgres',
  async create() {
    const name = `treaty_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const drop = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return { location: { databaseUrl: databaseUrl(name) }, drop };
  },
};

/** True when PostgreSQL answered when the helpers loaded (decided once; with CI=true a missing server throws). */
export async function postgresAvailable(): Promise<boolean> {
  return postgresStatus().available;
}

/** Every backend, like kysely's DIALECTS. */
export const DIALECTS: readonly TestDialect[] = [sqliteDialect, postgresDialect];

/**
 * Run a describe block once per dialect; without a PostgreSQL server (outside CI) the PostgreSQL block is a
 * `describe.skip` whose title gives the reason. `available()` stays for older callers: a block that runs has its
 * database.
 */
export function describeEachDialect(name: string, fn: (dialect: TestDialect, available: () => boolean) => void): void {
  for (const dialect of DIALECTS) {
    const title = `${name} on ${dialect.name}`;
    if (dialect.name === 'postgres') describePostgres(title, () => fn(dialect, () => true));
    else describe(title, () => fn(dialect, () => true));
  }
}
