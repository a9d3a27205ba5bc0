import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Json } from './support/broker';
import { startBroker, type RunningBroker } from '@treaty/broker';
import { pactBroker } from './support/cli';
import { samplePact } from './support/fixtures';

jest.setTimeout(60_000);

describe('official pact-broker CLI against a real broker', () => {
  let dir: string;
  let broker: RunningBroker;
  const cli = (...args: string[]) => pactBroker([...args, '-b', broker.url]);
  const get = async (path: string) => (await fetch(`${broker.url}${path}`)).json() as Promise<Json>;

  const writePact = (name: string, pact: Record<string, unknown>) => {
    const pactDir = join(dir, name);
    mkdirSync(pactDir, { recursive: true });
    writeFileSync(join(pactDir, 'Web-Orders.json'), JSON.stringify(pact));
    return pactDir;
  };

  async function verify(consumerVersion: string, providerVersion: string, success: boolean): Promise<void> {
    const pact = await get(`/pacts/provider/Orders/consumer/Web/version/${consumerVersion}`);
    const response = await fetch(pact._links['pb:publish-verification-results'].href, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ success, providerApplicationVersion: providerVersion }),
    });
    expect(response.status).toBe(201);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'treaty-cli-'));
    broker = await startBroker({ port: 0, database: join(dir, 'broker.db') });
  });
  afterAll(async () => {
    await broker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes pacts from a directory with a version and branch', async () => {
    const result = await cli(
      'publish',
      writePact('v1', samplePact('Web', 'Orders', 'a')),
      '--consumer-app-version',
      '1.0.0',
      '--branch',
      'main',
    );
    expect(result.stdout).not.toContain('Warning');
    expect(result.code).toBe(0);
    const version = await get('/pacticipants/Web/versions/1.0.0');
    expect(version._embedded.branchVersions.map((b: { name: string }) => b.name)).toEqual(['main']);
    const pact = await get('/pacts/provider/Orders/consumer/Web/latest');
    expect(pact.interactions[0].description).toBe('get order a');
  });

  it(
    'refuses to publish different content for an existing ' + 'version, and republishing the same content is fine',
    async () => {
      const same = await cli('publish', join(dir, 'v1'), '--consumer-app-version', '1.0.0', '--branch', 'main');
      expect(same.code).toBe(0);
      const changed = await cli(
        'publish',
        writePact('v1-changed', samplePact('Web', 'Orders', 'changed')),
        '--consumer-app-version',
        '1.0.0',
      );
      expect(changed.code).not.toBe(0);
      expect(changed.stdout).toContain('has already been published with different content');
      expect((await get('/pacts/provider/Orders/consumer/Web/version/1.0.0')).interactions[0].description).toBe(
        'get order a',
      );
    },
  );

  it('creates an environment', async () => {
    const result = await cli('create-environment', '--name', 'production', '--production');
    expect(result.code).toBe(0);
    const environments = await get('/environments');
    expect(environments._embedded.environments).toEqual([
      expect.objectContaining({ name: 'production', production: true }),
    ]);
  });

  it('can-i-deploy says no while the provider has not verified the pact', async () => {
    const result = await cli(
      'can-i-deploy',
      '--pacticipant',
      'Web',
      '--version',
      '1.0.0',
      '--to-environment',
      'production',
    );
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('There is no verified pact');
  });

  it('records deployments and can-i-deploy says yes for a verified pair', async () => {
    await verify('1.0.0', '2.0.0', true);
    expect(
      (await cli('record-deployment', '--pacticipant', 'Orders', '--version', '2.0.0', '--environment', 'production'))
        .code,
    ).toBe(0);
    const result = await cli(
      'can-i-deploy',
      '--pacticipant',
      'Web',
      '--version',
      '1.0.0',
      '--to-environment',
      'production',
    );
    expect(result.stdout).toContain('Computer says yes');
    expect(result.code).toBe(0);
    expect(
      (
        await cli(
          'record-deployment',
          '--pacticipant',
          'Web',
          '--version',
          '1.0.0',
          '--environment',
          'production',
          '--application-instance',
          'blue',
        )
      ).code,
    ).toBe(0);
    const envUuid = (await get('/environments'))._embedded.environments[0].uuid;
    const deployed = await get(`/environments/${envUuid}/deployed-versions/currently-deployed?pacticipant=Web`);
    expect(deployed._embedded.deployedVersions).toEqual([
      expect.objectContaining({ applicationInstance: 'blue', currentlyDeployed: true }),
    ]);
  });

  it('can-i-deploy says no for a failed verification', async () => {
    const published = await cli(
      'publish',
      writePact('v2', samplePact('Web', 'Orders', 'b')),
      '--consumer-app-version',
      '1.1.0',
      '--branch',
      'main',
    );
    expect(published.code).toBe(0);
    await verify('1.1.0', '2.0.0', false);
    const result = await cli(
      'can-i-deploy',
      '--pacticipant',
      'Web',
      '--version',
      '1.1.0',
      '--to-environment',
      'production',
    );
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('failed');
  });

  it('records a release', async () => {
    expect(
      (await cli('record-release', '--pacticipant', 'Web', '--version', '1.0.0', '--environment', 'production')).code,
    ).toBe(0);
    const envUuid = (await get('/environments'))._embedded.environments[0].uuid;
    const released = await get(`/environments/${envUuid}/released-versions/currently-supported?pacticipant=Web`);
    expect(released._embedded.releasedVersions.map((r: Json) => r._embedded.version.number)).toEqual(['1.0.0']);
  });

  it('records an undeployment', async () => {
    const result = await cli(
      'record-undeployment',
      '--pacticipant',
      'Web',
      '--environment',
      'production',
      '--application-instance',
      'blue',
    );
    expect(result.code).toBe(0);
    const envUuid = (await get('/environments'))._embedded.environments[0].uuid;
    const deployed = await get(`/environments/${envUuid}/deployed-versions/currently-deployed?pacticipant=Web`);
    expect(deployed._embedded.deployedVersions).toEqual([]);
  });

  it('records support ended for a release', async () => {
    expect(
      (await cli('record-support-ended', '--pacticipant', 'Web', '--version', '1.0.0', '--environment', 'production'))
        .code,
    ).toBe(0);
    const envUuid = (await get('/environments'))._embedded.environments[0].uuid;
    const released = await get(`/environments/${envUuid}/released-versions/currently-supported?pacticipant=Web`);
    expect(released._embedded.releasedVersions).toEqual([]);
  });

  it('serves the listing and describing commands', async () => {
    const listed = await cli('list-latest-pact-versions');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('"1.1.0"');
    const pacticipants = await cli('list-pacticipants');
    expect(pacticipants.stdout).toContain('"Orders"');
    const environments = await cli('list-environments');
    expect(environments.stdout).toContain('production');
    const pacts = await cli('get-pacts', '--provider', 'Orders');
    expect(pacts.code).toBe(0);
    expect(pacts.stdout).toContain('Pact between Web (1.1.0) and Orders');
    const version = await cli('describe-version', '--pacticipant', 'Web', '--version', '1.0.0');
    expect(version.code).toBe(0);
  });

  it('creates and deletes tags, versions, pacticipants and branches', async () => {
    expect((await cli('create-version-tag', '--pacticipant', 'Web', '--version', '1.0.0', '--tag', 'prod')).code).toBe(
      0,
    );
    expect((await get('/pacticipants/Web/versions/1.0.0/tags/prod')).name).toBe('prod');
    expect((await cli('delete-version-tag', '--pacticipant', 'Web', '--version', '1.0.0', '--tag', 'prod')).code).toBe(
      0,
    );
    expect(
      (
        await cli(
          'create-or-update-pacticipant',
          '--name',
          'Orders',
          '--main-branch',
          'trunk',
          '--repository-url',
          'https://git.example/orders',
        )
      ).code,
    ).toBe(0);
    expect(await get('/pacticipants/Orders')).toMatchObject({
      mainBranch: 'trunk',
      repositoryUrl: 'https://git.example/orders',
    });
    expect(
      (await cli('create-or-update-version', '--pacticipant', 'Orders', '--version', '3.0.0', '--branch', 'trunk'))
        .code,
    ).toBe(0);
    expect((await get('/pacticipants/Orders/branches/trunk')).latestVersion).toEqual({ number: '3.0.0' });
    expect((await cli('delete-branch', '--pacticipant', 'Orders', '--branch', 'trunk')).code).toBe(0);
    expect((await fetch(`${broker.url}/pacticipants/Orders/branches/trunk`)).status).toBe(404);
  });
});
