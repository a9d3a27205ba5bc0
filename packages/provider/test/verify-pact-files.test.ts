import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OPENAPI_PATH,
  ordersMessageProviders,
  ordersStateHandlers,
  startOrdersApi,
  type BrokenMode,
  type RunningOrdersApi,
} from '@treaty-examples/orders-api';
import { verifyProvider, type VerificationReport, type VerifierOptions } from '@treaty/provider';
import { writeAllPacts } from './support/generate-pacts';
import { TextSink } from './support/text-sink';

let root: string;
let dirs: { v3Http: string; v3Message: string; v4: string };
const apis: RunningOrdersApi[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'treaty-provider-'));
  dirs = await writeAllPacts(root);
}, 60_000);

afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  rmSync(root, { recursive: true, force: true });
});

async function options(
  broken?: BrokenMode,
  extra: Partial<VerifierOptions> = {},
): Promise<VerifierOptions & { output: TextSink }> {
  const api = await startOrdersApi({ broken });
  apis.push(api);
  return {
    provider: 'orders-api',
    providerBaseUrl: api.url,
    pactUrls: [dirs.v3Http, dirs.v3Message, dirs.v4],
    stateHandlers: ordersStateHandlers(api.store),
    messageProviders: ordersMessageProviders({ broken }),
    ...extra,
    output: new TextSink(),
  };
}

function interaction(report: VerificationReport, pact: number, description: string) {
  const found = report.pacts[pact].interactions.find((i) => i.description === description);
  if (!found) throw new Error(`no interaction "${description}" in pact ${pact}`);
  return found;
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ code: string; report: VerificationReport; message: string }> {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as { code: string; message: string; details: { report: VerificationReport } } | undefined;
  if (!error) throw new Error('expected verification to fail');
  return { code: error.code, message: error.message, report: error.details.report };
}

describe('verifyProvider with pact files written by @pact-foundation/pact', () => {
  it(
    'passes the V3 HTTP, V3 message and V4 (HTTP + message) pacts against the example provider, ' +
      'with its OpenAPI document',
    async () => {
      const opts = await options(undefined, { openapi: OPENAPI_PATH });
      const report = await verifyProvider(opts);
      expect(report.success).toBe(true);
      expect(report.summary).toEqual({ pacts: 3, interactions: 8, passed: 8, failed: 0, pendingFailed: 0 });
      expect(report.pacts.map((p) => [p.consumer, p.interactions.map((i) => i.kind)])).toEqual([
        ['orders-web', ['http', 'http', 'http', 'http']],
        ['orders-web', ['message']],
        ['orders-web', ['http', 'http', 'message']],
      ]);
      expect(opts.output.text).toContain('✓ orders-web → orders-api: 4/4 interactions passed');
      expect(opts.output.text).toContain('PASS orders-api: 8 of 8 interactions passed across 3 pacts');
    },
  );

  it('fails with a readable diff when a field has the wrong type', async () => {
    const opts = await options('wrong-type');
    const { code, report, message } = await failure(verifyProvider(opts));
    expect(code).toBe('TREATY_PROVIDER_VERIFICATION_FAILED');
    expect(message).toContain('Failed to verify provider orders-api: 7 of 8 interactions failed');
    const first = interaction(report, 0, 'a request for order 1');
    expect(first.mismatches).toEqual([expect.objectContaining({ type: 'body', path: '$.total', actual: '25' })]);
    expect(first.formatted).toContain('$.total');
    expect(opts.output.text).toContain('✗ orders-web → orders-api: 1/4 interactions passed');
    expect(opts.output.text).toContain('$.total');
  });

  it('fails when a field is missing', async () => {
    const { report } = await failure(verifyProvider(await options('missing-field')));
    expect(interaction(report, 2, 'a request for order 7').mismatches).toEqual([
      expect.objectContaining({ type: 'body', path: '$.total' }),
    ]);
    expect(interaction(report, 1, 'an order-created event').mismatches).toEqual([
      expect.objectContaining({ path: '$.total' }),
    ]);
  });

  it('fails when the status is wrong', async () => {
    const { report } = await failure(verifyProvider(await options('wrong-status')));
    const statuses = (description: string) =>
      interaction(report, 0, description).mismatches.map((m) => [m.type, m.expected, m.actual]);
    expect(statuses('a request for order 1')).toEqual([['status', 200, 202]]);
    expect(statuses('a request to create an order')).toEqual([['status', 201, 200]]);
    expect(statuses('a request for all orders')).toEqual([]);
    expect(report.summary).toMatchObject({ failed: 4, passed: 4 });
  });

  it(
    'fails a response that satisfies the matchers but ' + 'breaks the OpenAPI document, naming the spec location',
    async () => {
      await expect(verifyProvider(await options('off-spec'))).resolves.toMatchObject({ success: true });
      const opts = await options('off-spec', { openapi: OPENAPI_PATH, pactUrls: [dirs.v3Http] });
      const { report } = await failure(verifyProvider(opts));
      const first = interaction(report, 0, 'a request for order 1');
      expect(first.mismatches).toEqual([]);
      expect(first.openapi).toEqual([
        expect.objectContaining({
          code: 'response.body.incompatible',
          message: 'response.body.status must be one of ["pending","shipped","cancelled"]',
          specLocation: '#/paths/~1orders~1{id}/get/responses/200/content/application~1json/schema',
          operation: 'GET /orders/{id} (getOrder)',
        }),
      ]);
      expect(opts.output.text).toContain('#/paths/~1orders~1{id}/get/responses/200/content/application~1json/schema');
    },
  );
});
