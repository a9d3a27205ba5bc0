import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  OPENAPI_PATH,
  ordersMessageProviders,
  ordersStateHandlers,
  startOrdersApi,
  type RunningOrdersApi,
} from '@treaty-examples/orders-api';
import { checkPactAgainstOpenApi, loadOpenApi } from '@treaty/openapi';
import { verifyProvider } from '@treaty/provider';

// Pacts written by @pact-foundation/pact 16 (PactV3, MessageConsumerPact, PactV4) for the consumer orders-web.
const PACTS = join(__dirname, 'pacts');
const sink = {
  text: '',
  write(chunk: string) {
    this.text += chunk;
  },
};
let api: RunningOrdersApi;

beforeAll(async () => {
  api = await startOrdersApi();
});

afterAll(() => api.close());

describe('orders-api honours its consumers', () => {
  it('verifies every pact in test/pacts, and its OpenAPI document, against the running API', async () => {
    const report = await verifyProvider({
      provider: 'orders-api',
      providerBaseUrl: api.url,
      pactUrls: [PACTS],
      openapi: OPENAPI_PATH,
      stateHandlers: ordersStateHandlers(api.store),
      messageProviders: ordersMessageProviders(),
      output: sink,
    });
    expect(report.summary).toEqual({ pacts: 3, interactions: 8, passed: 8, failed: 0, pendingFailed: 0 });
  });

  it.each(['orders-web-orders-api.v3.json', 'orders-web-orders-api.v4.json'])(
    '%s fits the OpenAPI document without running the API',
    async (file) => {
      const result = checkPactAgainstOpenApi(
        JSON.parse(readFileSync(join(PACTS, file), 'utf8')),
        await loadOpenApi(OPENAPI_PATH),
      );
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );
});
