import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBroker, type RunningBroker } from '@treaty/broker';
import { runTreaty } from './support/run-treaty';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'treaty-cli-token-'));
let broker: RunningBroker;
let env: Record<string, string>;

beforeAll(async () => {
  broker = await startBroker({ port: 0, database: join(dir, 'broker.db'), auth: { adminTokens: ['admin-secret'] } });
  env = { PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_TOKEN: 'admin-secret' };
});
afterAll(async () => {
  await broker.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('treaty token', () => {
  it('creates a token that works at once, lists it without its secret, and revokes it by name', async () => {
    const created = await runTreaty(
      ['token', 'create', '--name', 'ci-publisher', '--role', 'write', '--expires-in-days', '30', '--output', 'token'],
      { env },
    );
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^treaty_/);
    const written = await runTreaty(['create-environment', '--name', 'uat'], {
      env: { ...env, PACT_BROKER_TOKEN: secret },
    });
    expect(written.code).toBe(0);

    const listed = await runTreaty(['token', 'list'], { env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/ci-publisher\s+write\s+expires 20/);
    expect(listed.stdout).not.toContain(secret);

    const revoked = await runTreaty(['token', 'revoke', 'ci-publisher'], { env });
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/^Revoked API token ci-publisher/);
    const refused = await runTreaty(['create-environment', '--name', 'qa'], {
      env: { ...env, PACT_BROKER_TOKEN: secret },
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the API token "ci-publisher" was revoked');
  });

  it('says what is wrong with a bad role and an unknown token', async () => {
    const badRole = await runTreaty(['token', 'create', '--name', 'x', '--role', 'root'], { env });
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain('role must be one of: read, write, admin');
    const unknown = await runTreaty(['token', 'revoke', 'nope'], { env });
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('no API token is named or has the uuid "nope"');
  });
});
