import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ordersMessageProviders,
  ordersStateHandlers,
  startOrdersApi,
  type BrokenMode,
  type RunningOrdersApi,
} from '@treaty-examples/orders-api';
import { verifyProvider, type VerificationReport } from '@treaty/provider';
import { FakeBroker, type ServedPact } from './support/fake-broker';
import { writeAllPacts } from './support/generate-pacts';
import { TextSink } from './support/text-sink';

const TOKEN = 'secret-token';
let root: string;
let served: ServedPact[];
const closers: Array<() => Promise<void>> = [];

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'treaty-broker-'));
  const dirs = await writeAllPacts(root);
  served = [
    { json: readJson(join(dirs.v3Http, 'orders-web-orders-api.json')) },
    { json: readJson(join(dirs.v3Message, 'orders-web-orders-api.json')) },
    { json: readJson(join(dirs.v4, 'orders-web-orders-api.json')) },
  ];
}, 60_000);

afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  rmSync(root, { recursive: true, force: true });
});

async function setUp(pacts: ServedPact[], broken?: BrokenMode): Promise<{ broker: FakeBroker; api: RunningOrdersApi }> {
  const broker = await new FakeBroker(pacts, TOKEN).start();
  const api = await startOrdersApi({ broken });
  closers.push(
    () => broker.stop(),
    () => api.close(),
  );
  return { broker, api };
}

function brokerOptions(broker: FakeBroker, api: RunningOrdersApi, broken?: BrokenMode) {
  return {
    provider: 'orders-api',
    providerBaseUrl: api.url,
    pactBrokerUrl: broker.url,
    pactBrokerToken: TOKEN,
    consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }],
    enablePending: true,
    includeWipPactsSince: '2024-01-01',
    providerVersion: '1.2.3',
    providerVersionBranch: 'main',
    providerVersionTags: ['prod'],
    publishVerificationResult: true,
    buildUrl: 'https://ci.example/build/7',
    stateHandlers: ordersStateHandlers(api.store),
    messageProviders: ordersMessageProviders({ broken }),
    output: new TextSink(),
  };
}

describe('verifyProvider through a Pact Broker', () => {
  it(
    'fetches pacts for verification, verifies them and ' + 'publishes the results as the official verifier does',
    async () => {
      const { broker, api } = await setUp(served);
      const report = await verifyProvider(brokerOptions(broker, api));
      expect(report.summary).toEqual({ pacts: 3, interactions: 8, passed: 8, failed: 0, pendingFailed: 0 });

      expect(broker.find('POST', /for-verification$/)[0]).toEqual({
        method: 'POST',
        path: '/pacts/provider/orders-api/for-verification',
        body: {
          consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }],
          providerVersionTags: ['prod'],
          providerVersionBranch: 'main',
          includePendingStatus: true,
          includeWipPactsSince: '2024-01-01',
        },
      });
      expect(broker.find('PUT', /^\/pacticipants/).map((r) => r.path)).toEqual([
        '/pacticipants/orders-api/branches/main/versions/1.2.3',
        '/pacticipants/orders-api/versions/1.2.3/tags/prod',
      ]);
      const published = broker.find('POST', /verification-results$/);
      expect(published.map((r) => r.path)).toEqual(
        [0, 1, 2].map((i) => `/pacts/provider/orders-api/consumer/orders-web/pact-version/${i}/verification-results`),
      );
      expect(published[0].body).toEqual({
        success: true,
        providerApplicationVersion: '1.2.3',
        verifiedBy: { implementation: 'Treaty', version: expect.any(String) },
        buildUrl: 'https://ci.example/build/7',
        testResults: [0, 1, 2, 3].map((i) => ({ interactionId: `id-0-${i}`, success: true })),
      });
      expect(report.pacts.every((p) => p.published?.ok)).toBe(true);
    },
  );

  it('reports and publishes the failures of a pending pact without failing the run', async () => {
    const pacts = [
      { ...served[0], pending: true, notices: ['This pact is in pending state for this version of orders-api'] },
    ];
    const { broker, api } = await setUp(pacts, 'wrong-type');
    const options = brokerOptions(broker, api, 'wrong-type');
    const report: VerificationReport = await verifyProvider(options);
    expect(report.success).toBe(true);
    expect(report.summary).toMatchObject({ failed: 0, pendingFailed: 3, passed: 1 });
    expect(report.pacts[0]).toMatchObject({
      pending: true,
      success: false,
      notices: ['This pact is in pending state for this version of orders-api'],
    });
    const wrongTotal = (identifier: string) => ({
      attribute: 'body',
      identifier,
      description: "Expected '25' (String) to be a number",
    });
    // pact-reference's shape of a failed run: every interaction, with its description; no expected/actual.
    expect(broker.find('POST', /verification-results$/)[0].body).toEqual({
      success: false,
      providerApplicationVersion: '1.2.3',
      verifiedBy: { implementation: 'Treaty', version: expect.any(String) },
      buildUrl: 'https://ci.example/build/7',
      testResults: [
        {
          interactionId: 'id-0-0',
          success: false,
          mismatches: [wrongTotal('$[0].total'), wrongTotal('$[1].total')],
          interactionDescription: 'a request for all orders',
        },
        { interactionId: 'id-0-1', success: true, interactionDescription: 'a request for an unknown order' },
        {
          interactionId: 'id-0-2',
          success: false,
          mismatches: [wrongTotal('$.total')],
          interactionDescription: 'a request for order 1',
        },
        {
          interactionId: 'id-0-3',
          success: false,
          mismatches: [wrongTotal('$.total')],
          interactionDescription: 'a request to create an order',
        },
      ],
    });
    expect(options.output.text).toContain('[pending]');
    expect(options.output.text).toContain('pending failures (not failing the run)');
  });

  it('marks WIP pacts, whose failures are pending too', async () => {
    const { broker, api } = await setUp([{ ...served[1], pending: true, wip: true }], 'missing-field');
    const options = brokerOptions(broker, api, 'missing-field');
    const report = await verifyProvider(options);
    expect(report.pacts[0]).toMatchObject({ wip: true, pending: true, success: false });
    expect(report.summary).toMatchObject({ failed: 0, pendingFailed: 1 });
    expect(options.output.text).toContain('[pending, WIP]');
  });

  it('fails the run for a failing pact that is not pending, and still publishes', async () => {
    const { broker, api } = await setUp([served[2]], 'missing-field');
    await expect(verifyProvider(brokerOptions(broker, api, 'missing-field'))).rejects.toMatchObject({
      code: 'TREATY_PROVIDER_VERIFICATION_FAILED',
    });
    expect((broker.find('POST', /verification-results$/)[0].body as { success: boolean }).success).toBe(false);
  });

  it('publishes an error that stopped an interaction as an exception, not as a mismatch', async () => {
    const { broker, api } = await setUp([served[0]]);
    const failing = async () => {
      throw new Error('database is down');
    };
    const handlers = Object.fromEntries(Object.keys(ordersStateHandlers(api.store)).map((name) => [name, failing]));
    await expect(verifyProvider({ ...brokerOptions(broker, api), stateHandlers: handlers })).rejects.toMatchObject({
      code: 'TREATY_PROVIDER_VERIFICATION_FAILED',
    });
    const body = broker.find('POST', /verification-results$/)[0].body as {
      testResults: Array<Record<string, unknown>>;
    };
    const stopped = body.testResults.filter((r) => r.exceptions);
    expect(stopped.length).toBeGreaterThan(0);
    for (const entry of stopped) {
      expect(entry).toEqual({
        interactionId: expect.any(String),
        success: false,
        exceptions: [{ message: expect.stringMatching(/^State handler ".+" failed on setup: database is down$/) }],
        interactionDescription: expect.any(String),
      });
    }
  });

  it('publishes the results of a pact given by its broker URL in pactUrls', async () => {
    const { broker, api } = await setUp([served[2]]);
    const { pactBrokerUrl: _ignored, consumerVersionSelectors: _selectors, ...rest } = brokerOptions(broker, api);
    const pactUrl = `${broker.url}/pacts/provider/orders-api/consumer/orders-web/pact-version/0`;
    const report = await verifyProvider({ ...rest, pactUrls: [pactUrl] });
    expect(report.pacts[0]).toMatchObject({ source: pactUrl, published: { ok: true } });
    expect(broker.find('POST', /for-verification$/)).toEqual([]);
    expect(broker.find('POST', /verification-results$/)).toHaveLength(1);
  });

  it('names the broker and the status when authentication fails', async () => {
    const { broker, api } = await setUp(served);
    const error = await verifyProvider({ ...brokerOptions(broker, api), pactBrokerToken: 'wrong' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'TREATY_BROKER_CLIENT_REQUEST', details: { status: 401 } });
    expect((error as Error).message).toContain('the broker answered 401');
  });
});
