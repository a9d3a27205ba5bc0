import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBroker, type RunningBroker } from '@treaty/broker';
import { treatyInProcess as runTreaty } from './support/run-in-process';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'treaty-cli-auth-'));
let broker: RunningBroker;

beforeAll(async () => {
  broker = await startBroker({
    port: 0,
    database: join(dir, 'broker.db'),
    auth: { writeTokens: ['w-token'], readTokens: ['r-token'], basic: { username: 'ci', password: 's3cret' } },
  });
});
afterAll(async () => {
  await broker.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('broker commands against a broker that needs credentials', () => {
  it('refuses without credentials: one line naming the flags to pass, exit 1 as pact-broker', async () => {
    const run = await runTreaty(['create-environment', '--name', 'production', '-b', broker.url]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      new RegExp(
        /^treaty: Failed to read the broker index: the broker answered 401.*Pass credentials with /.source +
          /--broker-token or --broker-username\/--broker-password\.$/.source,
        'm',
      ),
    );
  });

  it('writes with a token from -k or PACT_BROKER_TOKEN', async () => {
    expect(
      (await runTreaty(['create-environment', '--name', 'production', '-b', broker.url, '-k', 'w-token'])).code,
    ).toBe(0);
    expect(
      (
        await runTreaty(['create-environment', '--name', 'test'], {
          env: { PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_TOKEN: 'w-token' },
        })
      ).code,
    ).toBe(0);
  });

  it('writes with Basic auth from -u/-p or PACT_BROKER_USERNAME/PASSWORD', async () => {
    const pacts = join(__dirname, 'fixtures', 'contracts');
    expect(
      (await runTreaty(['publish', pacts, '-a', '1', '--branch', 'main', '-b', broker.url, '-u', 'ci', '-p', 's3cret']))
        .code,
    ).toBe(0);
    const env = { PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_USERNAME: 'ci', PACT_BROKER_PASSWORD: 's3cret' };
    expect(
      (await runTreaty(['record-deployment', '-a', 'web-app', '-e', '1', '--environment', 'test'], { env })).code,
    ).toBe(0);
  });

  it("is refused a write with a read-only token: exit 1 with the broker's reason", async () => {
    const run = await runTreaty(['create-environment', '--name', 'uat', '-b', broker.url, '-k', 'r-token']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^treaty: Failed to create environment uat: the broker answered 403/);
  });
});
