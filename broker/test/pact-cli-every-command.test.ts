import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBroker, type RunningBroker } from '@treaty/broker';
import { commandUnderTest, PACT_BROKER_CLI, PACTFLOW_CLI, runCommand, TREATY_CLI, type CliResult } from './support/cli';
import { samplePact } from './support/fixtures';
import { startReceiver, type Receiver } from './support/receiver';
import type { Json } from './support/broker';

jest.setTimeout(120_000);

/** Commands of `pact-broker --help` that are not about a broker (they install or run one). */
const NOT_BROKER_COMMANDS = new Set(['ruby', 'docker', 'help']);
const WEBHOOK_UUID = '9a1b2c3d-1111-4222-8333-444455556666';

/** A CLI the steps drive: the command lines standing for `pact-broker` and for `pactflow`. */
interface CliUnderTest {
  name: 'official' | 'treaty';
  pactBroker: string[];
  pactflow: string[];
}

/**
 * The official binaries (or what TREATY_INTEROP_PACT_BROKER / TREATY_INTEROP_PACTFLOW name), then `treaty` in their
 * place: the same steps and expectations, except the differences decided in packages/cli/decisions/0001 and marked
 * `deliberate difference` below.
 */
const CLIS: CliUnderTest[] = [
  {
    name: 'official',
    pactBroker: commandUnderTest('TREATY_INTEROP_PACT_BROKER', PACT_BROKER_CLI),
    pactflow: commandUnderTest('TREATY_INTEROP_PACTFLOW', PACTFLOW_CLI),
  },
  { name: 'treaty', pactBroker: TREATY_CLI, pactflow: TREATY_CLI },
];

/** The broker commands `pact-broker --help` lists (of the official binary, whichever CLI is under test). */
async function officialCommands(): Promise<string[]> {
  return commandsListed(await runCommand([PACT_BROKER_CLI], ['--help']));
}

function commandsListed(help: CliResult): string[] {
  const section = help.stdout.split(/^Commands:$/m)[1].split(/^(Options|Exit codes):?$/m)[0];
  return section
    .split('\n')
    .map((line) => /^ {2}([a-z-]+)\s/.exec(line)?.[1])
    .filter((name): name is string => !!name && !NOT_BROKER_COMMANDS.has(name));
}

/**
 * Every command of the official `pact-broker` CLI, and PactFlow's `publish-provider-contract`, against treaty-broker:
 * each with the exit code and the effect a working Pact Broker gives, run with each CLI of {@link CLIS}.
 */
describe.each(CLIS)('every pact-broker command against treaty-broker, run with the $name CLI', (under) => {
  const { pactBroker, pactflow } = under;
  // deliberate difference: treaty writes its error line to stderr (the official CLI prints errors on stdout).
  const errorOutput = (result: CliResult) => (under.name === 'treaty' ? result.stderr : result.stdout);
  const exercised = new Set<string>();
  let dir: string;
  let broker: RunningBroker;
  let receiver: Receiver;
  let environmentUuid: string;

  const cli = (command: string, ...args: string[]): Promise<CliResult> => {
    exercised.add(command.split(' ')[0]);
    return runCommand(pactBroker, [...command.split(' '), ...args, '-b', broker.url], dir);
  };
  const http = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`${broker.url}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const get = async (path: string) => (await http('GET', path)).body;
  const expectOk = (result: CliResult) =>
    expect({ code: result.code, out: result.code === 0 ? '' : result.stdout + result.stderr }).toEqual({
      code: 0,
      out: '',
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'treaty-interop-'));
    receiver = await startReceiver();
    broker = await startBroker({
      port: 0,
      database: join(dir, 'broker.db'),
      webhooks: { allowedSchemes: ['http', 'https'], allowPrivateDestinations: true, pollIntervalMs: 50 },
    });
    mkdirSync(join(dir, 'pacts'));
    writeFileSync(join(dir, 'pacts', 'Web-Orders.json'), JSON.stringify(samplePact('Web', 'Orders', 'a')));
  });
  afterAll(async () => {
    await broker.close();
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publish: creates the version with branch and tag and stores the pact', async () => {
    expectOk(
      await cli('publish', join(dir, 'pacts'), '--consumer-app-version', '1.0.0', '--branch', 'main', '--tag', 'prod'),
    );
    expect((await get('/pacts/provider/Orders/consumer/Web/version/1.0.0')).interactions[0].description).toBe(
      'get order a',
    );
    expect((await get('/pacticipants/Web/versions/1.0.0/tags/prod')).name).toBe('prod');
  });

  it('list-latest-pact-versions and get-pacts (every filter, and --download) list the pact', async () => {
    const listed = await cli('list-latest-pact-versions', '--output', 'json');
    expectOk(listed);
    expect(JSON.parse(listed.stdout).pacts[0]._embedded.consumer._embedded.version.number).toBe('1.0.0');
    const filters = [
      [],
      ['--consumer', 'Web'],
      ['--consumer', 'Web', '--latest'],
      ['--branch', 'main'],
      ['--branch', 'main', '--latest'],
      ['--consumer', 'Web', '--branch', 'main'],
      ['--consumer', 'Web', '--branch', 'main', '--latest'],
      ['--latest'],
    ];
    for (const filter of filters) {
      const pacts = await cli('get-pacts', '--provider', 'Orders', ...filter);
      expect({
        filter,
        code: pacts.code,
        listed: pacts.stdout.includes('Pact between Web (1.0.0) and Orders'),
      }).toEqual({ filter, code: 0, listed: true });
    }
    expectOk(
      await cli(
        'get-pacts',
        '--provider',
        'Orders',
        '--consumer',
        'Web',
        '--download',
        '--download-dir',
        join(dir, 'downloaded'),
      ),
    );
    expect(readdirSync(join(dir, 'downloaded'))).toEqual(['Web-Orders-1.0.0.json']);
  });

  it('provider-states list: the states of the latest main-branch pacts', async () => {
    const states = await cli('provider-states list', '--provider', 'Orders');
    expectOk(states);
    expect(states.stdout).toMatch(/an order exists\s+┆ Web/);
    expect((await cli('provider-states list', '--provider', 'Nope')).code).toBe(1);
  });

  it('create-, update-, describe-, list-environment(s)', async () => {
    expectOk(await cli('create-environment', '--name', 'staging'));
    environmentUuid = (await get('/environments'))._embedded.environments[0].uuid;
    expectOk(
      await cli('update-environment', '--uuid', environmentUuid, '--name', 'staging', '--display-name', 'Staging'),
    );
    expect((await get(`/environments/${environmentUuid}`)).displayName).toBe('Staging');
    const described = await cli('describe-environment', '--uuid', environmentUuid);
    expectOk(described);
    expect(described.stdout).toContain('Display Name: Staging');
    expect((await cli('list-environments')).stdout).toContain('staging');
    expect((await cli('describe-environment', '--uuid', '00000000-0000-4000-8000-000000000000')).code).toBe(1);
  });

  it(
    'can-i-deploy says no until the provider verifies, then yes; ' +
      'record-deployment and record-undeployment change the environment',
    async () => {
      expect(
        (await cli('can-i-deploy', '--pacticipant', 'Web', '--version', '1.0.0', '--to-environment', 'staging')).code,
      ).toBe(1);
      const pact = await get('/pacts/provider/Orders/consumer/Web/version/1.0.0');
      expect(
        (
          await http('POST', new URL(pact._links['pb:publish-verification-results'].href).pathname, {
            success: true,
            providerApplicationVersion: '2.0.0',
          })
        ).status,
      ).toBe(201);
      expectOk(
        await cli('record-deployment', '--pacticipant', 'Orders', '--version', '2.0.0', '--environment', 'staging'),
      );
      const deployed = await get(
        `/environments/${environmentUuid}/deployed-versions/currently-deployed?pacticipant=Orders`,
      );
      expect(deployed._embedded.deployedVersions.map((d: Json) => d._embedded.version.number)).toEqual(['2.0.0']);
      const yes = await cli(
        'can-i-deploy',
        '--pacticipant',
        'Web',
        '--version',
        '1.0.0',
        '--to-environment',
        'staging',
      );
      expectOk(yes);
      expect(yes.stdout).toContain('Computer says yes');
      expectOk(await cli('record-undeployment', '--pacticipant', 'Orders', '--environment', 'staging'));
      expect(
        (await get(`/environments/${environmentUuid}/deployed-versions/currently-deployed?pacticipant=Orders`))
          ._embedded.deployedVersions,
      ).toEqual([]);
    },
  );

  it('record-release and record-support-ended', async () => {
    expectOk(await cli('record-release', '--pacticipant', 'Web', '--version', '1.0.0', '--environment', 'staging'));
    const supported = `/environments/${environmentUuid}/released-versions/currently-supported?pacticipant=Web`;
    expect((await get(supported))._embedded.releasedVersions).toHaveLength(1);
    expectOk(
      await cli('record-support-ended', '--pacticipant', 'Web', '--version', '1.0.0', '--environment', 'staging'),
    );
    expect((await get(supported))._embedded.releasedVersions).toEqual([]);
  });

  it('create-or-update-pacticipant, describe-pacticipant, list-pacticipants', async () => {
    expectOk(
      await cli(
        'create-or-update-pacticipant',
        '--name',
        'Orders',
        '--main-branch',
        'main',
        '--repository-url',
        'https://git.example/orders',
      ),
    );
    expect(await get('/pacticipants/Orders')).toMatchObject({
      mainBranch: 'main',
      repositoryUrl: 'https://git.example/orders',
    });
    const described = await cli('describe-pacticipant', '--name', 'Orders');
    expectOk(described);
    expect(described.stdout).toContain('https://git.example/orders');
    expect((await cli('describe-pacticipant', '--name', 'Nope')).code).toBe(1);
    const listed = await cli('list-pacticipants');
    expectOk(listed);
    expect(listed.stdout).toContain('Orders');
    expect(listed.stdout).toContain('Web');
  });

  it('can-i-merge: no until the main branch of the provider verified the pact, then yes', async () => {
    expect((await cli('can-i-merge', '--pacticipant', 'Web', '--version', '1.0.0')).code).toBe(1);
    expectOk(
      await cli('create-or-update-version', '--pacticipant', 'Orders', '--version', '2.0.0', '--branch', 'main'),
    );
    expect((await get('/pacticipants/Orders/branches/main')).latestVersion).toEqual({ number: '2.0.0' });
    expectOk(await cli('can-i-merge', '--pacticipant', 'Web', '--version', '1.0.0'));
  });

  it('create-version-tag, delete-version-tag, describe-version', async () => {
    expectOk(await cli('create-version-tag', '--pacticipant', 'Orders', '--version', '2.0.0', '--tag', 'live'));
    expect((await http('GET', '/pacticipants/Orders/versions/2.0.0/tags/live')).status).toBe(200);
    const described = await cli('describe-version', '--pacticipant', 'Orders', '--version', '2.0.0');
    expectOk(described);
    expect(described.stdout).toContain('2.0.0');
    expectOk(await cli('delete-version-tag', '--pacticipant', 'Orders', '--version', '2.0.0', '--tag', 'live'));
    expect((await http('GET', '/pacticipants/Orders/versions/2.0.0/tags/live')).status).toBe(404);
    expect((await cli('describe-version', '--pacticipant', 'Orders', '--version', '9.9.9')).code).toBe(1);
    const latestProd = await cli('describe-version', '--pacticipant', 'Web', '--latest', 'prod');
    expectOk(latestProd);
    expect(latestProd.stdout).toMatch(/1\.0\.0\s+┆ prod/);
  });

  it('create-webhook, create-or-update-webhook, test-webhook, delete-webhook', async () => {
    const created = await cli(
      'create-webhook',
      `${receiver.url}/created`,
      '--request',
      'POST',
      '--header',
      'Content-Type: application/json',
      '--data',
      '{"pact":"${pactbroker.pactUrl}"}',
      '--consumer',
      'Web',
      '--provider',
      'Orders',
      '--contract-content-changed',
      '--description',
      'first',
    );
    expectOk(created);
    expect((await get('/webhooks/provider/Orders/consumer/Web'))._links['pb:webhooks']).toHaveLength(1);
    expectOk(
      await cli(
        'create-or-update-webhook',
        `${receiver.url}/hook`,
        '--uuid',
        WEBHOOK_UUID,
        '--request',
        'POST',
        '--data',
        '{"v":"${pactbroker.consumerVersionNumber}"}',
        '--contract-published',
        '--description',
        'second',
      ),
    );
    expectOk(
      await cli(
        'create-or-update-webhook',
        `${receiver.url}/hook`,
        '--uuid',
        WEBHOOK_UUID,
        '--request',
        'POST',
        '--data',
        '{"v":"${pactbroker.consumerVersionNumber}"}',
        '--contract-published',
        '--description',
        'renamed',
      ),
    );
    expect((await get(`/webhooks/${WEBHOOK_UUID}`)).description).toBe('renamed');
    const tested = await cli('test-webhook', '--uuid', WEBHOOK_UUID);
    expectOk(tested);
    const [hit] = await receiver.waitFor(1);
    expect(hit).toMatchObject({ method: 'POST', url: '/hook', body: '{"v":"1.0.0"}' });
    expectOk(await cli('delete-webhook', '--uuid', WEBHOOK_UUID));
    expect((await http('GET', `/webhooks/${WEBHOOK_UUID}`)).status).toBe(404);
  });

  it('generate-uuid prints a UUID', async () => {
    exercised.add('generate-uuid');
    const result = await runCommand(pactBroker, ['generate-uuid']);
    expectOk(result);
    expect(result.stdout.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('delete-branch and delete-environment', async () => {
    expectOk(await cli('delete-branch', '--pacticipant', 'Orders', '--branch', 'main'));
    expect((await http('GET', '/pacticipants/Orders/branches/main')).status).toBe(404);
    expectOk(await cli('delete-environment', '--uuid', environmentUuid));
    expect((await http('GET', `/environments/${environmentUuid}`)).status).toBe(404);
  });

  it("pactflow publish-provider-contract stores the contract and reports PactFlow's notices", async () => {
    writeFileSync(
      join(dir, 'oas.yaml'),
      "openapi: 3.0.0\ninfo: { title: Orders, version: '1' }\npaths:\n  /orders/{id}:\n    get:\n      " +
        'parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses:\n    ' +
        "    '200': { description: ok }\n",
    );
    writeFileSync(join(dir, 'results.txt'), 'all passed');
    const args = [
      'publish-provider-contract',
      join(dir, 'oas.yaml'),
      '--provider',
      'Orders',
      '--provider-app-version',
      '3.0.0',
      '--branch',
      'main',
      '--tag',
      'prod',
      '--content-type',
      'application/yaml',
    ];
    const published = await runCommand(pactflow, [
      ...args,
      '--verification-exit-code',
      '0',
      '--verification-results',
      join(dir, 'results.txt'),
      '--verifier',
      'dredd',
      '-b',
      broker.url,
    ]);
    expectOk(published);
    expect(published.stdout).toContain(
      'Provider contract for Orders version 3.0.0 published (self-verification passed)',
    );
    expect(await get('/provider-contracts/provider/Orders/version/3.0.0')).toMatchObject({
      contractType: 'oas',
      selfVerificationResults: { success: true, verifier: 'dredd' },
    });
    expect((await get('/pacticipants/Orders/versions/3.0.0/tags/prod')).name).toBe('prod');
    writeFileSync(join(dir, 'bad.yaml'), 'not: [an, openapi, document]\n');
    const rejected = await runCommand(pactflow, [
      'publish-provider-contract',
      join(dir, 'bad.yaml'),
      '--provider',
      'Orders',
      '--provider-app-version',
      '3.0.1',
      '--verifier',
      'x',
      '-b',
      broker.url,
    ]);
    expect(rejected.code).toBe(1);
    expect(errorOutput(rejected)).toContain('is not a readable OpenAPI document');
  });

  it('left no broker command of the official CLI unexercised, and the CLI under test has each of them', async () => {
    const official = await officialCommands();
    expect(official.length).toBeGreaterThanOrEqual(28);
    expect(official.filter((name) => !exercised.has(name))).toEqual([]);
    // deliberate difference: `treaty --help` also lists its own commands (verify, mock, broker, ...): only the
    // official ones are required of it.
    const listed = commandsListed(await runCommand(pactBroker, ['--help']));
    expect(official.filter((name) => !listed.includes(name))).toEqual([]);
  });
});
