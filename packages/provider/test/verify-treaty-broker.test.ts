import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startBroker, type RunningBroker } from '@treaty/broker';
import {
  ordersMessageProviders,
  ordersStateHandlers,
  startOrdersApi,
  type BrokenMode,
} from '@treaty-examples/orders-api';
import { verifyProvider, type VerificationReport } from '@treaty/provider';
import { writeV3HttpPact } from './support/generate-pacts';
import { TextSink } from './support/text-sink';

const run = promisify(execFile);
const PACT_BROKER = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'pact-broker');
const TOKEN = 'broker-token';
let root: string;
let broker: RunningBroker;

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(
      PACT_BROKER,
      [...args, '--broker-base-url', broker.url, '--broker-token', TOKEN],
      { timeout: 30_000 },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

async function verifyAs(version: string, broken?: BrokenMode): Promise<VerificationReport> {
  const api = await startOrdersApi({ broken });
  try {
    return await verifyProvider({
      provider: 'orders-api',
      providerBaseUrl: api.url,
      pactBrokerUrl: broker.url,
      pactBrokerToken: TOKEN,
      consumerVersionSelectors: [{ branch: 'main' }],
      providerVersion: version,
      providerVersionBranch: 'main',
      publishVerificationResult: true,
      stateHandlers: ordersStateHandlers(api.store),
      messageProviders: ordersMessageProviders({ broken }),
      output: new TextSink(),
    }).catch((error: { details?: { report?: VerificationReport } }) => {
      if (error.details?.report) return error.details.report;
      throw error;
    });
  } finally {
    await api.close();
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'treaty-real-broker-'));
  await writeV3HttpPact(join(root, 'web'));
  broker = await startBroker({ port: 0, database: join(root, 'broker.db'), auth: { writeTokens: [TOKEN] } });
  const published = await cli('publish', join(root, 'web'), '--consumer-app-version', '1.0.0', '--branch', 'main');
  if (published.code !== 0) throw new Error(`pact-broker publish failed: ${published.out}`);
}, 60_000);

afterAll(async () => {
  await broker?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('verifyProvider through the Treaty broker, checked with the official pact-broker CLI', () => {
  it('verifies the pact published by pact-broker, publishes the results, and can-i-deploy agrees', async () => {
    const report = await verifyAs('2.0.0');
    expect(report.success).toBe(true);
    expect(report.summary).toMatchObject({ pacts: 1, interactions: 4, passed: 4 });
    expect(report.pacts[0].published).toMatchObject({ ok: true });
    const publishedTo = String(report.pacts[0].published?.url).replace(/\/metadata\/[^/]+/, '');
    const latest = await fetch(`${publishedTo}/latest`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const verification = (await latest.json()) as {
      success: boolean;
      providerApplicationVersion: string;
      testResults: Array<{ interactionId?: string }>;
    };
    expect(verification).toMatchObject({ success: true, providerApplicationVersion: '2.0.0' });
    expect(verification.testResults).toHaveLength(4);
    expect(verification.testResults.every((r) => typeof r.interactionId === 'string')).toBe(true);
    const canDeploy = await cli(
      'can-i-deploy',
      '--pacticipant',
      'orders-web',
      '--version',
      '1.0.0',
      '--pacticipant',
      'orders-api',
      '--version',
      '2.0.0',
    );
    expect(canDeploy).toMatchObject({ code: 0 });
  });

  it('publishes a failed verification of a broken provider, and can-i-deploy refuses it', async () => {
    const report = await verifyAs('2.0.1', 'wrong-type');
    expect(report.success).toBe(false);
    expect(report.pacts[0].published).toMatchObject({ ok: true });
    const canDeploy = await cli(
      'can-i-deploy',
      '--pacticipant',
      'orders-web',
      '--version',
      '1.0.0',
      '--pacticipant',
      'orders-api',
      '--version',
      '2.0.1',
    );
    expect(canDeploy.code).not.toBe(0);
  });
});
