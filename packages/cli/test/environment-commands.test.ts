import { treatyInProcess as treaty } from './support/run-in-process';
import { startTestBroker, type TestBroker } from './support/test-broker';

let broker: TestBroker;
let env: Record<string, string>;

beforeAll(async () => {
  broker = await startTestBroker();
  env = { PACT_BROKER_BASE_URL: broker.url };
});
afterAll(() => broker.close());

async function createEnvironment(name: string): Promise<string> {
  const run = await treaty(['create-environment', '--name', name, '--output', 'id'], { env });
  expect(run.code).toBe(0);
  return run.stdout.trim();
}

describe('environment commands against a real broker', () => {
  it('list-environments shows each environment as a table, or JSON', async () => {
    const uuid = await createEnvironment('list-me');
    const table = await treaty(['list-environments'], { env });
    expect(table).toMatchObject({ code: 0, stderr: '' });
    expect(table.stdout.split('\n')[1]).toMatch(/^│ UUID\s+┆ NAME\s+┆ DISPLAY NAME\s+┆ PRODUCTION │$/);
    expect(table.stdout).toMatch(new RegExp(`│ ${uuid} ┆ list-me\\s+┆ list-me\\s+┆ false`));
    const json = JSON.parse((await treaty(['list-environments', '-o', 'json'], { env })).stdout) as {
      environments: { uuid: string }[];
    };
    expect(json.environments.map((e) => e.uuid)).toContain(uuid);
  });

  it('describe-environment shows one environment; an unknown UUID is exit 1 with one line', async () => {
    const uuid = await createEnvironment('describe-me');
    const run = await treaty(['describe-environment', '--uuid', uuid], { env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      new RegExp(
        `^✅\nUUID ${uuid}\nName: describe-me\nDisplay Name: describe-me\nProduction: false\nCreated At: \\d{4}-.+\n$`,
      ),
    );
    expect(
      JSON.parse((await treaty(['describe-environment', '--uuid', uuid, '-o', 'json'], { env })).stdout),
    ).toMatchObject({ name: 'describe-me' });
    const missing = await treaty(['describe-environment', '--uuid', '00000000-0000-0000-0000-000000000000'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'treaty: Failed to find environment 00000000-0000-0000-0000-000000000000 in the Pact Broker: it does ' +
        'not exist. List the environments with `treaty list-environments`.\n',
    );
  });

  it('update-environment changes the given fields and keeps the others', async () => {
    const uuid = await createEnvironment('update-me');
    const run = await treaty(
      ['update-environment', '--uuid', uuid, '--display-name', 'Updated', '--production', '--contact-name', 'Ops'],
      { env },
    );
    expect(run).toMatchObject({ code: 0, stdout: 'Updated update-me environment in the Pact Broker\n', stderr: '' });
    const json = JSON.parse((await treaty(['describe-environment', '--uuid', uuid, '-o', 'json'], { env })).stdout);
    expect(json).toMatchObject({
      name: 'update-me',
      displayName: 'Updated',
      production: true,
      contacts: [{ name: 'Ops' }],
    });
  });

  it('delete-environment removes it', async () => {
    const uuid = await createEnvironment('delete-me');
    expect(await treaty(['delete-environment', '--uuid', uuid], { env })).toMatchObject({
      code: 0,
      stdout: 'Deleted environment delete-me from the Pact Broker\n',
    });
    expect((await treaty(['describe-environment', '--uuid', uuid], { env })).code).toBe(1);
    expect((await treaty(['delete-environment', '--uuid', uuid], { env })).code).toBe(1);
  });

  it("record-deployment takes the Ruby CLI's --target for --application-instance", async () => {
    await createEnvironment('target-env');
    expect((await treaty(['create-or-update-version', '-a', 'svc', '-e', '1'], { env })).code).toBe(0);
    const run = await treaty(
      ['record-deployment', '-a', 'svc', '-e', '1', '--environment', 'target-env', '--target', 'eu-1'],
      { env },
    );
    expect(run).toMatchObject({
      code: 0,
      stdout:
        'Recorded deployment of svc version 1 to target-env ' +
        'environment (application instance eu-1) in the Pact Broker.\n',
    });
  });
});
