import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treatyInProcess as runTreaty } from './support/run-in-process';
import { publishVerification, startTestBroker, type TestBroker } from './support/test-broker';

const pacts = join(__dirname, 'fixtures', 'contracts');
jest.setTimeout(60_000);

let broker: TestBroker;
let env: Record<string, string>;

beforeAll(async () => {
  broker = await startTestBroker();
  env = { PACT_BROKER_BASE_URL: broker.url };
});
afterAll(() => broker.close());

async function getJson(path: string): Promise<Record<string, unknown>> {
  return (await (
    await fetch(`${broker.url}${path}`, { headers: { accept: 'application/hal+json' } })
  ).json()) as Record<string, unknown>;
}

describe('treaty broker commands against a real broker', () => {
  it('creates environments, printing the UUID with --output id', async () => {
    const created = await runTreaty(
      ['create-environment', '--name', 'production', '--display-name', 'Production', '--production', '--output', 'id'],
      { env },
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);
    const test = await runTreaty(
      ['create-environment', '--name', 'test', '--contact-name', 'QA', '--contact-email-address', 'qa@example.com'],
      { env },
    );
    expect(test.code).toBe(0);
    expect(test.stdout).toContain('Created test environment');
    const list = (await getJson('/environments'))._embedded as {
      environments: { name: string; production: boolean }[];
    };
    expect(list.environments.map((e) => [e.name, e.production]).sort()).toEqual([
      ['production', true],
      ['test', false],
    ]);
  });

  it('publishes a directory of pacts with version, branch and tags', async () => {
    const run = await runTreaty([
      'publish',
      pacts,
      '--consumer-app-version',
      '1.0.0',
      '--branch',
      'main',
      '--tag',
      'dev,rc',
      '-t',
      'extra',
      '-b',
      broker.url,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Published 1 pact(s) of web-app version 1.0.0 (branch main, tags dev, rc, extra)');
    expect(run.stdout).toContain('web-app -> users-api');
    const pact = await getJson('/pacts/provider/users-api/consumer/web-app/version/1.0.0');
    expect((pact.interactions as unknown[]).length).toBe(3);
  });

  it('takes the version, branch and build URL from CI variables when not given', async () => {
    const ci = {
      ...env,
      GITHUB_SHA: 'abc123def',
      GITHUB_REF_NAME: 'feat-ci',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '7',
    };
    const run = await runTreaty(['publish', pacts, '-o', 'json'], { env: ci });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ version: 'abc123def', branch: 'feat-ci' });
    const version = await getJson('/pacticipants/web-app/versions/abc123def');
    expect(version.buildUrl).toBe('https://github.com/o/r/actions/runs/7');
  });

  it('publishes with --output json for machines', async () => {
    const run = await runTreaty(
      ['publish', join(pacts, 'web-app-users-api.json'), '-a', '1.0.1', '--branch', 'feat-x', '-o', 'json'],
      { env },
    );
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as {
      consumer: string;
      version: string;
      branch: string;
      notices: unknown[];
    }[];
    expect(result).toMatchObject({ consumer: 'web-app', version: '1.0.1', branch: 'feat-x' });
    expect(result.notices.length).toBeGreaterThan(0);
  });

  it('says no to an unverified pact and yes once the provider verified it', async () => {
    const before = await runTreaty(
      ['can-i-deploy', '--pacticipant', 'web-app', '--version', '1.0.0', '--pacticipant', 'users-api', '--latest'],
      { env },
    );
    expect(before.code).toBe(1);
    await runTreaty(['publish', pacts, '-a', '1.0.0', '--branch', 'main'], { env });
    await publishVerification(broker.url, {
      consumer: 'web-app',
      consumerVersion: '1.0.0',
      provider: 'users-api',
      providerVersion: 'p1',
      success: true,
    });
    const after = await runTreaty(['can-i-deploy', '-a', 'web-app', '-e', '1.0.0', '-a', 'users-api', '-e', 'p1'], {
      env,
    });
    expect(after.stdout).toContain('Computer says yes');
    expect(after.stdout).toMatch(/│ web-app\s+┆ 1\.0\.0\s+┆ users-api\s+┆ p1\s+┆ true\s+┆ 1\s+│/);
    expect(after.code).toBe(0);
  });

  it('records a deployment, and can-i-deploy to that environment follows what is deployed', async () => {
    const noProvider = await runTreaty(
      ['can-i-deploy', '-a', 'web-app', '-e', '1.0.0', '--to-environment', 'production', '-o', 'json'],
      { env },
    );
    expect(JSON.parse(noProvider.stdout).summary.deployable).not.toBe(true);
    expect(noProvider.code).toBe(1);
    const recorded = await runTreaty(
      ['record-deployment', '--pacticipant', 'users-api', '--version', 'p1', '--environment', 'production'],
      { env },
    );
    expect(recorded).toMatchObject({ code: 0, stderr: '' });
    expect(recorded.stdout).toContain('Recorded deployment of users-api version p1 to production');
    const yes = await runTreaty(['can-i-deploy', '-a', 'web-app', '-e', '1.0.0', '--to-environment', 'production'], {
      env,
    });
    expect(yes.stdout).toContain('Computer says yes');
    expect(yes.code).toBe(0);
  });

  it('turns to no when the deployed provider version failed verification', async () => {
    await publishVerification(broker.url, {
      consumer: 'web-app',
      consumerVersion: '1.0.0',
      provider: 'users-api',
      providerVersion: 'p2',
      success: false,
    });
    await runTreaty(['record-deployment', '-a', 'users-api', '-e', 'p2', '--environment', 'production'], { env });
    const no = await runTreaty(['can-i-deploy', '-a', 'web-app', '-e', '1.0.0', '--to-environment', 'production'], {
      env,
    });
    expect(no.stdout).toContain('Computer says no');
    expect(no.code).toBe(1);
    const dryRun = await runTreaty(
      ['can-i-deploy', '-a', 'web-app', '-e', '1.0.0', '--to-environment', 'production', '--dry-run'],
      { env },
    );
    expect(dryRun.code).toBe(0);
  });

  it('records an undeployment, then fails clearly when nothing is deployed', async () => {
    const undeployed = await runTreaty(
      ['record-undeployment', '--pacticipant', 'users-api', '--environment', 'production'],
      { env },
    );
    expect(undeployed.code).toBe(0);
    expect(undeployed.stdout).toContain('Recorded undeployment of users-api');
    const again = await runTreaty(
      ['record-undeployment', '--pacticipant', 'users-api', '--environment', 'production'],
      { env },
    );
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toEqual([
      'treaty: Failed to record undeployment: users-api is not currently deployed to production. Check the names.',
    ]);
  });

  it('records a release and its end of support', async () => {
    const released = await runTreaty(['record-release', '-a', 'web-app', '-e', '1.0.0', '--environment', 'test'], {
      env,
    });
    expect(released).toMatchObject({ code: 0, stderr: '' });
    const ended = await runTreaty(['record-support-ended', '-a', 'web-app', '-e', '1.0.0', '--environment', 'test'], {
      env,
    });
    expect(ended).toMatchObject({ code: 0, stderr: '' });
    const endedAgain = await runTreaty(
      ['record-support-ended', '-a', 'web-app', '-e', '1.0.0', '--environment', 'test'],
      { env },
    );
    expect(endedAgain.code).toBe(1);
    expect(endedAgain.stderr).toContain('is not currently released to test');
  });

  it('authenticates with a token from PACT_BROKER_TOKEN (sent as a bearer token)', async () => {
    const run = await runTreaty(['create-environment', '--name', 'staging'], {
      env: { ...env, PACT_BROKER_TOKEN: 'abc' },
    });
    expect(run.code).toBe(0);
  });
});

describe('can-i-deploy --retry-while-unknown', () => {
  it('asks again while results are missing, then says no', async () => {
    const pact = JSON.parse(readFileSync(join(pacts, 'web-app-users-api.json'), 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'treaty-retry-'));
    const file = join(dir, 'mobile-app-users-api.json');
    writeFileSync(file, JSON.stringify({ ...pact, consumer: { name: 'mobile-app' } }));
    await runTreaty(['publish', file, '-a', '3.0.0', '--branch', 'feat'], { env });
    const run = await runTreaty(
      [
        'can-i-deploy',
        '-a',
        'mobile-app',
        '-e',
        '3.0.0',
        '-a',
        'users-api',
        '--latest',
        '--retry-while-unknown',
        '2',
        '--retry-interval',
        '0.1',
      ],
      { env },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Waiting 0.1 s for verification results (retry 1 of 2)...');
    expect(run.stderr).toContain('Waiting 0.2 s for verification results (retry 2 of 2)...');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a request the broker refuses as invalid', () => {
  it(
    'create-environment with a name that exists: one ' + "line with the broker's reason, exit 1 as pact-broker",
    async () => {
      const run = await runTreaty(['create-environment', '--name', 'production'], { env });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(
        new RegExp(
          /^treaty: Failed to create environment production: the broker answered 4\d\d /.source +
            /\(.*production.*\)\. Check the values passed\.$/.source,
          'm',
        ),
      );
    },
  );
});

describe('publish --merge', () => {
  it(
    'merges a different pact into the one published for the version, which is refused without --merge; ' +
      'and says where to view it',
    async () => {
      const pact = JSON.parse(readFileSync(join(pacts, 'web-app-users-api.json'), 'utf8'));
      const dir = mkdtempSync(join(tmpdir(), 'treaty-merge-'));
      const first = join(dir, 'first.json');
      const second = join(dir, 'second.json');
      writeFileSync(
        first,
        JSON.stringify({ ...pact, consumer: { name: 'merge-app' }, interactions: pact.interactions.slice(0, 1) }),
      );
      writeFileSync(
        second,
        JSON.stringify({ ...pact, consumer: { name: 'merge-app' }, interactions: pact.interactions.slice(1) }),
      );
      const published = await runTreaty(['publish', first, '-a', '1.0.0'], { env });
      expect(published.code).toBe(0);
      // The broker serves the web UI, so the link is its page of the pact.
      const page = `${broker.url}/ui/pacts/users-api/merge-app?version=1.0.0`;
      expect(published.stdout).toContain(`View the published pact at ${page}\n`);
      const shown = await fetch(page, { headers: { accept: 'text/html' } });
      expect({ status: shown.status, type: shown.headers.get('content-type') }).toEqual({
        status: 200,
        type: expect.stringMatching(/^text\/html/),
      });
      const json = JSON.parse((await runTreaty(['publish', first, '-a', '1.0.0', '-o', 'json'], { env })).stdout);
      expect(json[0].contracts[0]).toMatchObject({
        url: `${broker.url}/pacts/provider/users-api/consumer/merge-app/version/1.0.0`,
        uiUrl: page,
      });
      const refused = await runTreaty(['publish', second, '-a', '1.0.0'], { env });
      expect(refused.code).toBe(1);
      expect((await runTreaty(['publish', second, '-a', '1.0.0', '--merge'], { env })).code).toBe(0);
      const merged = await getJson('/pacts/provider/users-api/consumer/merge-app/version/1.0.0');
      expect((merged.interactions as unknown[]).length).toBe(pact.interactions.length);
      rmSync(dir, { recursive: true, force: true });
    },
  );
});

describe("can-i-deploy with the Ruby CLI's --all and --limit", () => {
  it('selects every version with a tag', async () => {
    const run = await runTreaty(['can-i-deploy', '-a', 'web-app', '--all', 'dev', '--limit', '100', '-o', 'json'], {
      env,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).matrix.length).toBeGreaterThan(0);
  });
});
