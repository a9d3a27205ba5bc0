import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { treatyInProcess as runTreaty } from './support/run-in-process';
import { publishVerification, startTestBroker, type TestBroker } from './support/test-broker';

jest.setTimeout(90_000);

const officialBin = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'pact-broker');
const pacts = join(__dirname, 'fixtures', 'contracts');

/** What the official Rust `pact-broker` printed on stdout, and its exit code. */
function official(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
    execFile(officialBin, args, { env, timeout: 30_000 }, (error, stdout) => {
      const code = (error as { code?: unknown } | null)?.code;
      resolve({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout: String(stdout) });
    });
  });
}

let broker: TestBroker;
let environmentUuid: string;

beforeAll(async () => {
  broker = await startTestBroker();
  const env = { PACT_BROKER_BASE_URL: broker.url };
  await runTreaty(['publish', pacts, '-a', '1.0.0', '--branch', 'main', '-t', 'prod'], { env });
  await runTreaty(['publish', pacts, '-a', '1.0.1', '--branch', 'main'], { env });
  await publishVerification(broker.url, {
    consumer: 'web-app',
    consumerVersion: '1.0.1',
    provider: 'users-api',
    providerVersion: 'p1',
    success: true,
  });
  await runTreaty(['create-or-update-pacticipant', '--name', 'users-api', '--main-branch', 'main'], { env });
  const created = await runTreaty(['create-environment', '--name', 'staging', '--output', 'id'], { env });
  environmentUuid = created.stdout.trim();
  await runTreaty(['record-deployment', '-a', 'web-app', '-e', '1.0.1', '--environment', 'staging'], { env });
  await runTreaty(['record-release', '-a', 'web-app', '-e', '1.0.0', '--environment', 'staging'], { env });
});
afterAll(() => broker.close());

/**
 * The same read command with the official binary and with `treaty`: stdout byte for byte and the exit code, so
 * scripts that parse the official output parse ours (packages/cli/decisions/0001).
 */
describe('treaty prints what the official pact-broker prints', () => {
  const commands = [
    ['list-pacticipants'],
    ['list-pacticipants', '-o', 'table'],
    ['describe-pacticipant', '--name', 'web-app', '-o', 'table'],
    ['list-latest-pact-versions'],
    ['get-pacts', '--provider', 'users-api'],
    ['get-pacts', '--provider', 'users-api', '--consumer', 'web-app', '--latest'],
    ['get-pacts', '--provider', 'users-api', '--branch', 'main', '--latest'],
    ['list-environments'],
    ['describe-environment', '--uuid', '{uuid}'],
    ['describe-version', '-a', 'web-app', '-e', '1.0.0'],
    ['describe-version', '-a', 'web-app', '--latest', 'prod'],
    ['describe-version', '-a', 'web-app', '--environment', 'staging', '--deployed'],
    ['can-i-deploy', '-a', 'web-app', '-e', '1.0.1', '--to-environment', 'staging'],
    ['provider-states', 'list', '--provider', 'users-api'],
    ['can-i-deploy', '-a', 'web-app', '-e', '1.0.1'],
    ['can-i-deploy', '-a', 'web-app', '-e', '1.0.0'],
    ['can-i-deploy', '-a', 'web-app', '-e', '1.0.0', '--dry-run'],
    ['can-i-merge', '-a', 'web-app', '-e', '1.0.1'],
  ];
  it.each(commands.map((args) => [args.join(' '), args]))('pact-broker %s', async (_title, args) => {
    const withBroker = [...args.map((arg) => arg.replace('{uuid}', environmentUuid)), '-b', broker.url];
    const theirs = await official(withBroker);
    const ours = await runTreaty(withBroker);
    expect(theirs.stdout).toMatch(/┆|UUID/);
    expect({ code: ours.code, stdout: ours.stdout }).toEqual(theirs);
  });

  // deliberate difference (decision 0001): the official CLI labels a released version Unknown.
  it('describe-version --environment: the same table, a released version labelled Released', async () => {
    const args = ['describe-version', '-a', 'web-app', '--environment', 'staging', '-b', broker.url];
    const [theirs, ours] = [await official(args), await runTreaty(args)];
    expect(theirs.stdout).toMatch(/│ 1\.0\.0\s+┆ Unknown\s+┆ staging/);
    expect(ours.stdout).toBe(theirs.stdout.replace(/┆ Unknown /g, '┆ Released'));
  });
});
