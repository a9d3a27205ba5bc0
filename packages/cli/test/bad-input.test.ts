import { join } from 'node:path';
import { closedPort, type TreatyRun } from './support/run-treaty';
import { treatyInProcess as runTreaty } from './support/run-in-process';
import { startTestBroker, type TestBroker } from './support/test-broker';

const fixtures = join(__dirname, 'fixtures');
jest.setTimeout(60_000);

let broker: TestBroker;
let unreachable: string;

beforeAll(async () => {
  broker = await startTestBroker();
  unreachable = `http://127.0.0.1:${await closedPort()}`;
  await runTreaty(['create-environment', '--name', 'production', '-b', broker.url]);
});
afterAll(() => broker.close());

/** Exactly one line on stderr, starting with `treaty: `, nothing like a stack trace, and a non-zero exit. */
function expectOneLineError(run: TreatyRun, code: number, text: string | RegExp): void {
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^treaty: /);
  expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
  if (typeof text === 'string') expect(lines[0]).toContain(text);
  else expect(lines[0]).toMatch(text);
  expect(run.code).toBe(code);
}

describe('bad input gets one line and a non-zero exit', () => {
  const brokerCommands: [string, string[]][] = [
    ['publish', ['publish', join(fixtures, 'contracts'), '-a', '1']],
    ['can-i-deploy', ['can-i-deploy', '-a', 'web-app', '-e', '1']],
    ['create-environment', ['create-environment', '--name', 'x']],
    ['record-deployment', ['record-deployment', '-a', 'web-app', '-e', '1', '--environment', 'production']],
    ['record-undeployment', ['record-undeployment', '-a', 'web-app', '--environment', 'production']],
    ['record-release', ['record-release', '-a', 'web-app', '-e', '1', '--environment', 'production']],
    ['record-support-ended', ['record-support-ended', '-a', 'web-app', '-e', '1', '--environment', 'production']],
  ];

  it.each(brokerCommands)('%s: an unreachable broker', async (_name, args) => {
    const run = await runTreaty([...args, '--broker-base-url', unreachable]);
    // 1, as the official CLI exits for any failure (packages/cli/decisions/0001).
    expectOneLineError(run, 1, `Failed to reach the Pact Broker at ${unreachable}: connection refused.`);
  });

  it.each(brokerCommands)('%s: no broker URL', async (_name, args) => {
    // 2, as clap's usage error for the official CLI's missing --broker-base-url.
    expectOneLineError(await runTreaty(args), 2, 'no broker URL. Pass --broker-base-url or set PACT_BROKER_BASE_URL');
  });

  it('publish: a missing file', async () => {
    const run = await runTreaty(['publish', join(fixtures, 'nope.json'), '-a', '1', '-b', broker.url]);
    expectOneLineError(run, 1, /Failed to read .*nope\.json: the file or directory does not exist/);
  });

  it('publish: a pact that is not JSON', async () => {
    const run = await runTreaty(['publish', join(fixtures, 'malformed-pact.json'), '-a', '1', '-b', broker.url]);
    expectOneLineError(run, 1, /Failed to read pact .*malformed-pact\.json: it is not JSON/);
  });

  it('publish: JSON that is not a pact', async () => {
    const run = await runTreaty(['publish', join(fixtures, 'not-a-pact.json'), '-a', '1', '-b', broker.url]);
    expectOneLineError(run, 2, /not-a-pact\.json/);
  });

  it.each([
    ['record-deployment', ['record-deployment', '-a', 'web-app', '-e', '1', '--environment', 'moon']],
    ['record-release', ['record-release', '-a', 'web-app', '-e', '1', '--environment', 'moon']],
    ['record-undeployment', ['record-undeployment', '-a', 'web-app', '--environment', 'moon']],
    ['record-support-ended', ['record-support-ended', '-a', 'web-app', '-e', '1', '--environment', 'moon']],
    ['can-i-deploy', ['can-i-deploy', '-a', 'web-app', '-e', '1', '--to-environment', 'moon']],
  ])('%s: an unknown environment', async (_name, args) => {
    const run = await runTreaty([...args, '-b', broker.url]);
    expectOneLineError(
      run,
      1,
      'Failed to find environment moon in the Pact Broker: it does not exist (known: production)',
    );
  });

  it('record-deployment: an unknown version', async () => {
    const run = await runTreaty([
      'record-deployment',
      '-a',
      'ghost',
      '-e',
      '9',
      '--environment',
      'production',
      '-b',
      broker.url,
    ]);
    expectOneLineError(run, 1, 'Failed to find version 9 of ghost: the Pact Broker does not know it');
  });

  it('an unknown option and a missing required option', async () => {
    expectOneLineError(await runTreaty(['publish', 'x', '--bogus']), 2, "unknown option '--bogus'");
    expectOneLineError(await runTreaty(['record-deployment', '-a', 'x']), 2, /required option .* not specified/);
    expectOneLineError(await runTreaty(['frobnicate']), 2, "unknown command 'frobnicate'");
  });

  it('can-i-deploy: a version flag with no pacticipant before it, and a pacticipant with no version', async () => {
    expectOneLineError(
      await runTreaty(['can-i-deploy', '-e', '1', '-b', broker.url]),
      2,
      '--version must come after the --pacticipant',
    );
    expectOneLineError(
      await runTreaty(['can-i-deploy', '-a', 'web-app', '-b', broker.url]),
      2,
      '--pacticipant web-app needs --version',
    );
  });

  it('mock and openapi check: missing and malformed files', async () => {
    expectOneLineError(await runTreaty(['mock', join(fixtures, 'nope.json')]), 2, 'does not exist');
    expectOneLineError(await runTreaty(['mock', join(fixtures, 'malformed-pact.json')]), 2, 'it is not JSON');
    const spec = join(fixtures, 'users-api.yaml');
    expectOneLineError(
      await runTreaty(['openapi', 'check', '--pact', join(fixtures, 'nope.json'), '--spec', spec]),
      2,
      'does not exist',
    );
    expectOneLineError(
      await runTreaty([
        'openapi',
        'check',
        '--pact',
        join(fixtures, 'contracts', 'web-app-users-api.json'),
        '--spec',
        join(fixtures, 'none.yaml'),
      ]),
      2,
      'none.yaml',
    );
  });

  it('verify: nothing to verify', async () => {
    const run = await runTreaty(['verify', '--provider-base-url', unreachable]);
    expectOneLineError(run, 2, 'no pacts to verify: give pact files or URLs (arguments or --pact-url) or a broker');
  });

  it('names the command whose --help to read', async () => {
    expectOneLineError(
      await runTreaty(['openapi', 'check', '--pact', 'x']),
      2,
      "required option '--spec <file>' not specified (see treaty openapi check --help)",
    );
  });

  it('broker: a bad port', async () => {
    expectOneLineError(await runTreaty(['broker', '--port', 'abc']), 2, '--port must be a non-negative integer');
    expectOneLineError(await runTreaty(['broker', '--bogus']), 2, "Unknown option '--bogus'");
  });
});
