import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startBroker, type RunningBroker } from '@treaty/broker';

jest.setTimeout(120_000);

const root = join(__dirname, '..');
const script = join(__dirname, 'fixtures', 'ci-script.sh');
const treaty = `${process.execPath} ${join(root, 'packages', 'cli', 'bin', 'treaty.js')}`;
const binaries: [string, string, string][] = [
  ['treaty', treaty, treaty],
  [
    'the official pact-broker',
    join(root, 'node_modules', '.bin', 'pact-broker'),
    join(root, 'node_modules', '.bin', 'pactflow'),
  ],
];

interface Run {
  code: number | null;
  output: string;
}

function runScript(binary: string, pactflow: string, brokerUrl: string, hookUrl: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('PACT_BROKER_')) delete env[key];
  Object.assign(env, {
    PACT_BROKER: binary,
    PACTFLOW: pactflow,
    PACT_BROKER_BASE_URL: brokerUrl,
    PACTS_DIR: join(__dirname, 'fixtures', 'contracts'),
    CONSUMER_VERSION: '1.0.0',
    OPENAPI_FILE: join(root, 'packages', 'cli', 'test', 'fixtures', 'users-api.yaml'),
    HOOK_URL: hookUrl,
  });
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

interface Hal {
  interactions?: unknown[];
  _embedded: Record<string, { name: string; uuid: string; production: boolean }[]>;
  [key: string]: any;
}

async function getJson(url: string): Promise<Hal> {
  return (await (await fetch(url, { headers: { accept: 'application/hal+json' } })).json()) as Hal;
}

/** A webhook receiver on port 0 that records the paths it was called on. */
async function startHookReceiver(): Promise<{ server: Server; url: string; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    req.resume();
    req.on('end', () => res.writeHead(200).end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

describe.each(binaries)(
  'a CI script written for pact-broker, run with %s against a Treaty broker',
  (_name, binary, pactflow) => {
    let dir: string;
    let broker: RunningBroker;
    let hooks: Awaited<ReturnType<typeof startHookReceiver>>;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'treaty-ci-script-'));
      hooks = await startHookReceiver();
      broker = await startBroker({
        port: 0,
        database: join(dir, 'broker.db'),
        webhooks: { allowedSchemes: ['http', 'https'], allowPrivateDestinations: true, pollIntervalMs: 60_000 },
      });
    });
    afterAll(async () => {
      await broker.close();
      hooks.server.closeAllConnections();
      await new Promise((resolve) => hooks.server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    });

    it('runs to the end with exit 0 and leaves the broker in the state the script describes', async () => {
      const run = await runScript(binary, pactflow, broker.url, hooks.url);
      if (run.code !== 0) throw new Error(`script failed with ${run.code}:\n${run.output}`);
      expect(run.output).toContain('not deployable yet, as expected');
      expect(run.output).toContain('not deployable, as expected');
      expect(run.output).toContain('CI SCRIPT DONE');

      const environments = (await getJson(`${broker.url}/environments`))._embedded.environments;
      const byName = Object.fromEntries(environments.map((e) => [e.name, e]));
      expect(byName['ci-production'].production).toBe(true);
      expect(byName['ci-test'].production).toBe(false);

      const pact = await getJson(`${broker.url}/pacts/provider/users-api/consumer/web-app/version/1.0.0`);
      expect(pact.interactions).toHaveLength(3);

      const deployed = await getJson(
        `${broker.url}/environments/${byName['ci-production'].uuid}/deployed-versions/` +
          `currently-deployed?pacticipant=web-app`,
      );
      expect(deployed._embedded.deployedVersions).toEqual([]);
      const released = await getJson(
        `${broker.url}/environments/${byName['ci-test'].uuid}/released-versions/` +
          `currently-supported?pacticipant=web-app`,
      );
      expect(released._embedded.releasedVersions).toHaveLength(1);

      expect(run.output).toContain('not mergeable, as expected');
      expect(byName['ci-scratch']).toBeUndefined();
      expect(await getJson(`${broker.url}/pacticipants/web-app`)).toMatchObject({
        mainBranch: 'main',
        repositoryUrl: 'https://git.example.com/web-app',
      });
      expect((await fetch(`${broker.url}/pacticipants/web-app/branches/release-1`)).status).toBe(404);
      expect((await fetch(`${broker.url}/pacticipants/web-app/versions/1.0.0/tags/rc`)).status).toBe(404);
      expect(hooks.paths).toEqual(['/verify']);
      const webhooks = (await getJson(`${broker.url}/webhooks`))._links['pb:webhooks'] as {
        title?: string;
        name?: string;
      }[];
      expect(webhooks).toHaveLength(1);
      const contract = await getJson(`${broker.url}/provider-contracts/provider/users-api/version/2.0.0`);
      expect(contract).toMatchObject({
        contractType: 'oas',
        selfVerificationResults: { success: true, verifier: 'ci-script' },
      });
    });
  },
);
