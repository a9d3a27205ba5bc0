import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { treatyInProcess as runTreaty } from './support/run-in-process';
import { startTreaty } from './support/run-treaty';

jest.setTimeout(60_000);

const adminUrl = process.env.TREATY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `treaty_cli_${randomBytes(6).toString('hex')}`;
let available = false;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  try {
    await admin(`CREATE DATABASE ${name}`);
    available = true;
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    console.warn(`Skipping the PostgreSQL broker test: no PostgreSQL at ${adminUrl} (${(error as Error).message}).`);
  }
});
afterAll(async () => {
  if (available) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe('treaty broker --database-url (PostgreSQL)', () => {
  it('stores what the CLI publishes in PostgreSQL, and keeps it across a restart', async () => {
    if (!available) return;
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const args = ['broker', '--port', '0', '--database-url', url.toString()];
    const first = await startTreaty(args);
    expect(first.child.pid).toBeDefined();
    const env = { PACT_BROKER_BASE_URL: first.url };
    expect((await runTreaty(['create-environment', '--name', 'production', '--production'], { env })).code).toBe(0);
    expect((await runTreaty(['publish', join(__dirname, 'fixtures', 'contracts'), '-a', '1.0.0', '--branch', 'main'], { env })).code).toBe(0);
    expect((await first.stop()).code).toBe(0);

    const second = await startTreaty(args);
    try {
      const pact = await fetch(`${second.url}/pacts/provider/users-api/consumer/web-app/version/1.0.0`);
      expect(pact.status).toBe(200);
      const run = await runTreaty(['record-deployment', '-a', 'web-app', '-e', '1.0.0', '--environment', 'production', '-b', second.url]);
      expect(run.code).toBe(0);
    } finally {
      await second.stop();
    }
  });
});
