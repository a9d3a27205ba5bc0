import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { adminQuery, databaseUrl, describePostgres } from '../../../broker/test/support/postgres';
import { treatyInProcess as runTreaty } from './support/run-in-process';
import { startTreaty } from './support/run-treaty';

jest.setTimeout(60_000);

const name = `treaty_cli_${randomBytes(6).toString('hex')}`;

describePostgres('treaty broker --database-url (PostgreSQL)', () => {
  beforeAll(() => adminQuery(`CREATE DATABASE ${name}`));
  afterAll(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('stores what the CLI publishes in PostgreSQL, and keeps it across a restart', async () => {
    const args = ['broker', '--port', '0', '--database-url', databaseUrl(name)];
    const first = await startTreaty(args);
    expect(first.child.pid).toBeDefined();
    const env = { PACT_BROKER_BASE_URL: first.url };
    expect((await runTreaty(['create-environment', '--name', 'production', '--production'], { env })).code).toBe(0);
    expect(
      (
        await runTreaty(['publish', join(__dirname, 'fixtures', 'contracts'), '-a', '1.0.0', '--branch', 'main'], {
          env,
        })
      ).code,
    ).toBe(0);
    expect((await first.stop()).code).toBe(0);

    const second = await startTreaty(args);
    try {
      const pact = await fetch(`${second.url}/pacts/provider/users-api/consumer/web-app/version/1.0.0`);
      expect(pact.status).toBe(200);
      const run = await runTreaty([
        'record-deployment',
        '-a',
        'web-app',
        '-e',
        '1.0.0',
        '--environment',
        'production',
        '-b',
        second.url,
      ]);
      expect(run.code).toBe(0);
    } finally {
      await second.stop();
    }
  });
});
