import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treatyInProcess as treaty } from './support/run-in-process';
import { publishVerification, startTestBroker, type TestBroker } from './support/test-broker';

let broker: TestBroker;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'treaty-cli-pacts-'));

beforeAll(async () => {
  broker = await startTestBroker();
  env = { PACT_BROKER_BASE_URL: broker.url };
  const published = await treaty(
    ['publish', join(__dirname, 'fixtures', 'contracts'), '-a', '1.0.0', '--branch', 'main'],
    { env },
  );
  expect(published.code).toBe(0);
});
afterAll(async () => {
  await broker.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pact commands against a real broker', () => {
  it('list-latest-pact-versions lists each integration', async () => {
    const run = await treaty(['list-latest-pact-versions'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^│ CONSUMER\s+┆ CONSUMER_VERSION ┆ PROVIDER\s+┆ CREATED_AT\s+│$/);
    expect(run.stdout).toMatch(/^│ "web-app"\s+┆ "1\.0\.0"\s+┆ "users-api" ┆ "\d{4}-/m);
    const json = JSON.parse((await treaty(['list-latest-pact-versions', '-o', 'json'], { env })).stdout);
    expect(json.pacts[0]._embedded).toMatchObject({
      consumer: { name: 'web-app', _embedded: { version: { number: '1.0.0' } } },
      provider: { name: 'users-api' },
    });
  });

  it('get-pacts lists the main-branch pacts of a provider and downloads them', async () => {
    const run = await treaty(
      ['get-pacts', '--provider', 'users-api', '--latest', '--download', '--download-dir', join(dir, 'pacts')],
      { env },
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Pact between web-app (1.0.0) and users-api');
    expect(readdirSync(join(dir, 'pacts'))).toEqual(['web-app-users-api-1.0.0.json']);
    const pact = JSON.parse(readFileSync(join(dir, 'pacts', 'web-app-users-api-1.0.0.json'), 'utf8'));
    expect(pact).toMatchObject({ consumer: { name: 'web-app' }, provider: { name: 'users-api' } });
    const other = await treaty(['get-pacts', '--provider', 'users-api', '--branch', 'feat/none', '-o', 'json'], {
      env,
    });
    expect(JSON.parse(other.stdout)).toEqual({ pacts: [] });
  });

  it('provider-states list shows the states of the main-branch pacts, as a table or JSON', async () => {
    const run = await treaty(['provider-states', 'list', '--provider', 'users-api'], { env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      new RegExp(
        /^Provider States for Provider: users-api\nScope: Main branch\n\n┌─+┬─+┬─+┐\n│ Provider State /.source +
          /Name\s+┆ Consumers ┆ Parameters │\n/.source,
      ),
    );
    expect(run.stdout).toMatch(/^│ user 1 exists\s+┆ web-app/m);
    const json = JSON.parse((await treaty(['provider-states', 'list', '-r', 'users-api', '--json'], { env })).stdout);
    expect(json.providerStates.map((s: { name: string }) => s.name)).toEqual([
      'user 1 exists',
      'user 2 does not exist',
    ]);
    const unknown = await treaty(['provider-states', 'list', '--provider', 'nobody'], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Failed to find provider states of nobody in the Pact Broker');
  });

  it(
    'can-i-merge says no until the provider main branch ' + 'verified the pact, with the result number and URL',
    async () => {
      const ask = ['can-i-merge', '--pacticipant', 'web-app', '--version', '1.0.0'];
      const before = await treaty(ask, { env });
      expect(before.code).toBe(1);
      expect(before.stdout).toContain('Computer says no');
      await publishVerification(broker.url, {
        consumer: 'web-app',
        consumerVersion: '1.0.0',
        provider: 'users-api',
        providerVersion: '2.0.0',
        success: true,
      });
      expect(
        (await treaty(['create-or-update-version', '-a', 'users-api', '-e', '2.0.0', '--branch', 'main'], { env }))
          .code,
      ).toBe(0);
      const after = await treaty(ask, { env });
      expect(after).toMatchObject({ code: 0, stderr: '' });
      expect(after.stdout).toMatch(/^│ web-app\s+┆ 1\.0\.0\s+┆ users-api ┆ 2\.0\.0\s+┆ true\s+┆ 1\s+│$/m);
      expect(after.stdout).toMatch(/^VERIFICATION RESULTS\n-+\n1\. http:\/\/127\.0\.0\.1:\d+\/\S+ \(success\)$/m);
      expect(JSON.parse((await treaty([...ask, '-o', 'json'], { env })).stdout).summary.deployable).toBe(true);
    },
  );

  it('publish-provider-contract publishes an OpenAPI document with its self-verification', async () => {
    const spec = join(__dirname, 'fixtures', 'users-api.yaml');
    writeFileSync(join(dir, 'results.txt'), 'all passed');
    const run = await treaty(
      [
        'publish-provider-contract',
        spec,
        '--provider',
        'users-api',
        '-a',
        '3.0.0',
        '--branch',
        'main',
        '-t',
        'prod',
        '--verification-exit-code',
        '0',
        '--verification-results',
        join(dir, 'results.txt'),
        '--verifier',
        'dredd',
      ],
      { env },
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('users-api version 3.0.0');
    const stored = (await (
      await fetch(`${broker.url}/provider-contracts/provider/users-api/version/3.0.0`)
    ).json()) as Record<string, any>;
    expect(stored).toMatchObject({
      contractType: 'oas',
      selfVerificationResults: { success: true, verifier: 'dredd' },
    });
    const missing = await treaty(['publish-provider-contract', spec, '--provider', 'users-api', '-a', '3.0.1'], {
      env,
    });
    expect(missing.code).toBe(0);
    expect(missing.stderr).toContain('no self-verification result');
    expect(
      ((await (await fetch(`${broker.url}/provider-contracts/provider/users-api/version/3.0.1`)).json()) as any)
        .selfVerificationResults.success,
    ).toBe(false);
    writeFileSync(join(dir, 'bad.yaml'), 'not: [an, openapi, document]\n');
    const bad = await treaty(
      [
        'publish-provider-contract',
        join(dir, 'bad.yaml'),
        '--provider',
        'users-api',
        '-a',
        '3.0.2',
        '--verification-success',
      ],
      { env },
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      new RegExp(
        /^treaty: Failed to publish the provider contract of users-api 3\.0\.2: the broker answered /.source +
          /400 \(.*is not a readable OpenAPI document.*\)\. Check the values passed\.\n$/.source,
      ),
    );
  });

  it('version prints the CLI version', async () => {
    expect(await treaty(['version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});
