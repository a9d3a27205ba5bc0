import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBroker, type RunningBroker } from '@treaty/broker';

jest.setTimeout(120_000);

const root = join(__dirname, '..');
const script = join(__dirname, 'fixtures', 'ci-script.sh');
const binaries: [string, string][] = [
  ['treaty', `${process.execPath} ${join(root, 'packages', 'cli', 'bin', 'treaty.js')}`],
  ['the official pact-broker', join(root, 'node_modules', '.bin', 'pact-broker')],
];

interface Run {
  code: number | null;
  output: string;
}

function runScript(binary: string, brokerUrl: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('PACT_BROKER_')) delete env[key];
  Object.assign(env, { PACT_BROKER: binary, PACT_BROKER_BASE_URL: brokerUrl, PACTS_DIR: join(__dirname, 'fixtures', 'contracts'), CONSUMER_VERSION: '1.0.0' });
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
}

async function getJson(url: string): Promise<Hal> {
  return (await (await fetch(url, { headers: { accept: 'application/hal+json' } })).json()) as Hal;
}

describe.each(binaries)('a CI script written for pact-broker, run with %s against a Treaty broker', (_name, binary) => {
  let dir: string;
  let broker: RunningBroker;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'treaty-ci-script-'));
    broker = await startBroker({ port: 0, database: join(dir, 'broker.db') });
  });
  afterAll(async () => {
    await broker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs to the end with exit 0 and leaves the broker in the state the script describes', async () => {
    const run = await runScript(binary, broker.url);
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

    const deployed = await getJson(`${broker.url}/environments/${byName['ci-production'].uuid}/deployed-versions/currently-deployed?pacticipant=web-app`);
    expect(deployed._embedded.deployedVersions).toEqual([]);
    const released = await getJson(`${broker.url}/environments/${byName['ci-test'].uuid}/released-versions/currently-supported?pacticipant=web-app`);
    expect(released._embedded.releasedVersions).toHaveLength(1);
  });
});
