import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPort } from './support/run-treaty';
import { treatyInProcess as runTreaty } from './support/run-in-process';
import { startTestBroker, type TestBroker } from './support/test-broker';
import { startUsersProvider, type UsersProvider } from './support/users-provider';

jest.setTimeout(60_000);

const fixtures = join(__dirname, 'fixtures');
const pacts = join(fixtures, 'contracts');
const dir = mkdtempSync(join(tmpdir(), 'treaty-verify-'));
let good: UsersProvider;
let broken: UsersProvider;
let broker: TestBroker;

beforeAll(async () => {
  [good, broken, broker] = await Promise.all([
    startUsersProvider(),
    startUsersProvider({ broken: true }),
    startTestBroker(),
  ]);
});
afterAll(async () => {
  await Promise.all([good.close(), broken.close(), broker.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const base = (provider: UsersProvider) => [
  'verify',
  '--provider',
  'users-api',
  '--provider-base-url',
  provider.url,
  '--state-change-url',
  `${provider.url}/_pact/state`,
];

describe('treaty verify', () => {
  it('passes a provider that honours the pact, running the provider states', async () => {
    const run = await runTreaty([...base(good), '--pact-url', pacts]);
    expect(run.stdout).toContain('PASS users-api: 3 of 3 interactions passed');
    expect(run.code).toBe(0);
    expect(good.states).toEqual(expect.arrayContaining(['user 1 exists', 'user 2 does not exist']));
  });

  it('fails a broken provider with a readable diff and exit 1', async () => {
    const run = await runTreaty([...base(broken), pacts]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL users-api');
    expect(run.stdout).toContain('$.id');
    expect(run.stderr.trim().split('\n').pop()).toMatch(
      /^treaty: Failed to verify provider users-api: 1 of 3 interactions failed/,
    );
  });

  it('fails when a response breaks the OpenAPI document even though it fits the pact', async () => {
    const run = await runTreaty([...base(good), pacts, '--openapi', join(fixtures, 'users-api-without-email.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/email/);
  });

  it('writes JSON for machines with --format json', async () => {
    const run = await runTreaty([...base(good), pacts, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { success: boolean; summary: { interactions: number } };
    expect(report).toMatchObject({ success: true, summary: { interactions: 3 } });
  });

  it('writes a JUnit report with --format junit --output', async () => {
    const file = join(dir, 'report.xml');
    const run = await runTreaty([...base(broken), pacts, '--format', 'junit', '--output', file]);
    expect(run.code).toBe(1);
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('<testsuites');
    expect(xml).toContain('<failure');
  });

  it('verifies pacts from a broker, publishes the results, and can-i-deploy follows them', async () => {
    const env = { PACT_BROKER_BASE_URL: broker.url };
    expect((await runTreaty(['publish', pacts, '-a', 'c1', '--branch', 'main'], { env })).code).toBe(0);
    const verified = await runTreaty(
      [
        ...base(good),
        '--consumer-version-selectors',
        '{"branch":"main"}',
        '--provider-app-version',
        'p-good',
        '--provider-version-branch',
        'main',
        '--publish-verification-results',
      ],
      { env },
    );
    expect(verified.stdout).toContain('published results to');
    expect(verified.code).toBe(0);
    expect(
      (await runTreaty(['can-i-deploy', '-a', 'web-app', '-e', 'c1', '-a', 'users-api', '-e', 'p-good'], { env })).code,
    ).toBe(0);
    const failed = await runTreaty(
      [
        ...base(broken),
        '--consumer-version-selectors',
        '[{"branch":"main"}]',
        '--provider-app-version',
        'p-bad',
        '--publish-verification-results',
      ],
      { env },
    );
    expect(failed.code).toBe(1);
    const no = await runTreaty(['can-i-deploy', '-a', 'web-app', '-e', 'c1', '-a', 'users-api', '-e', 'p-bad'], {
      env,
    });
    expect(no.stdout).toContain('Computer says no');
    expect(no.code).toBe(1);
  });

  it('gives one line and exit 2 for an unreachable provider, bad selectors and a missing pact', async () => {
    const down = await runTreaty([
      'verify',
      '--provider-base-url',
      `http://127.0.0.1:${await closedPort()}`,
      pacts,
      '--timeout',
      '500',
    ]);
    expect(down.code).toBe(2);
    expect(down.stderr.trim().split('\n').pop()).toMatch(/^treaty: Failed to reach the provider at/);
    const badJson = await runTreaty([...base(good), '--consumer-version-selectors', '{main', '-b', broker.url]);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr.trim().split('\n').pop()).toMatch(
      /^treaty: Failed to parse --consumer-version-selectors '\{main'/,
    );
    const missing = await runTreaty([...base(good), join(fixtures, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n').pop()).toMatch(/^treaty: .*nope\.json/);
  });

  it("takes pact_verifier_cli's filter flags: only the matching interactions are verified", async () => {
    const run = await runTreaty([...base(good), pacts, '--filter-description', 'user 1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PASS users-api: 1 of 1 interactions passed');
    expect(run.stdout).toContain('only interactions selected by PACT_DESCRIPTION=user 1 are verified');
    const stateless = await runTreaty([...base(good), pacts, '--filter-no-state']);
    expect(stateless.stdout).toMatch(/PASS users-api: 1 of 1 interactions passed/);
    expect(process.env.PACT_DESCRIPTION).toBeUndefined();
  });

  it("takes pact_verifier_cli's provider and pact flags (-n, --hostname/--port, -f, -j)", async () => {
    const { port } = new URL(good.url);
    const report = join(dir, 'verifier-cli.json');
    const run = await runTreaty([
      'verify',
      '-n',
      'users-api',
      '--hostname',
      '127.0.0.1',
      '--port',
      port,
      '-s',
      `${good.url}/_pact/state`,
      '-f',
      join(pacts, 'web-app-users-api.json'),
      '-j',
      report,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ success: true, summary: { interactions: 3 } });
  });

  it('says it waits for a provider that is not up yet, for how long, and which flag changes it', async () => {
    const down = await runTreaty([
      'verify',
      '--provider-base-url',
      `http://127.0.0.1:${await closedPort()}`,
      pacts,
      '--timeout',
      '1200',
    ]);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(
      new RegExp(
        /^Waiting for the provider at http:\/\/127\.0\.0\.1:\d+ to accept connections \(at most 1 s; /.source +
          /change it with --timeout\)\.\.\.$/.source,
        'm',
      ),
    );
    expect(down.stderr.trim().split('\n').pop()).toMatch(
      new RegExp(
        /^treaty: Failed to reach the provider at .* within 1200 ms: .*\. Start the provider before /.source +
          /verifying, or raise --timeout\.$/.source,
      ),
    );
  });

  it('turns broker 400 and 404 answers into one line with exit 2, and an unreachable broker into exit 3', async () => {
    const env = { PACT_BROKER_BASE_URL: broker.url };
    expect((await runTreaty(['publish', pacts, '-a', 'c9', '--branch', 'main'], { env })).code).toBe(0);
    const last = (run: { stderr: string }) => run.stderr.trim().split('\n').pop();
    const badSelector = await runTreaty([...base(good), '--consumer-version-selectors', '{"bogus":true}'], { env });
    expect(badSelector.code).toBe(2);
    expect(last(badSelector)).toMatch(
      new RegExp(
        /^treaty: Failed to fetch pacts for verification: the broker answered 400 \(.*bogus is not a /.source +
          /known selector key.*\)\. Check the values passed\.$/.source,
      ),
    );
    const unknown = await runTreaty(['verify', '--provider', 'nobody', '--provider-base-url', good.url], { env });
    expect(unknown.code).toBe(2);
    expect(last(unknown)).toMatch(
      new RegExp(
        /^treaty: Failed to fetch pacts for verification: the broker answered 404 \(Failed to find /.source +
          /pacticipant "nobody".*\)\. Check the names and the broker URL\.$/.source,
      ),
    );
    const down = await runTreaty([...base(good), '-b', `http://127.0.0.1:${await closedPort()}`]);
    expect(down.code).toBe(3);
    expect(last(down)).toMatch(
      new RegExp(
        /^treaty: Failed to reach the Pact Broker at http:\/\/127\.0\.0\.1:\d+: connection refused\. /.source +
          /Check that it is running and the URL is right\.$/.source,
      ),
    );
  });

  it('validates numeric flags', async () => {
    const run = await runTreaty([...base(good), pacts, '--timeout', 'soon']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "treaty: option '--timeout <ms>' argument 'soon' is invalid. Expected a whole number of 1 or more. " +
        '(see treaty verify --help)\n',
    );
  });

  it("names the CLI flags, not the library's option names, in the verifier's errors", async () => {
    const badUrl = await runTreaty(['verify', '--provider-base-url', 'localhost:8080', pacts]);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr.trim().split('\n').pop()).toBe(
      'treaty: Failed to start verification: ' +
        '--provider-base-url "localhost:8080" is not a URL. Use e.g. http://127.0.0.1:8080.',
    );
    const noVersion = await runTreaty([...base(good), pacts, '--publish-verification-results'], { cwd: dir });
    expect(noVersion.code).toBe(2);
    expect(noVersion.stderr.trim().split('\n').pop()).toBe(
      'treaty: Failed to start verification: --publish-verification-results needs --provider-app-version. ' +
        'Set --provider-app-version (e.g. the git SHA).',
    );
  });
});
