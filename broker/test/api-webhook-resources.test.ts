import { publishBody, samplePact } from './support/fixtures';
import { startHttpBroker, type HttpBroker } from './support/http-broker';
import { startReceiver, type Receiver } from './support/receiver';

const fast = {
  allowedSchemes: ['http', 'https'],
  allowPrivateDestinations: true,
  pollIntervalMs: 30,
  retryBaseMs: 20,
  retryMaxMs: 50,
  maxAttempts: 2,
};
const PAIR = '/pacts/provider/Orders/consumer/Web';

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe(
  'webhook resources: ' +
    'scoped lists, pact webhooks and status, triggered webhooks and logs, executing an unsaved webhook',
  () => {
    let broker: HttpBroker;
    let receiver: Receiver;
    const hook = (path: string, description: string) => ({
      description,
      events: [{ name: 'contract_published' }],
      request: { method: 'POST', url: `${receiver.url}${path}`, body: { v: '${pactbroker.consumerVersionNumber}' } },
    });

    beforeAll(async () => {
      broker = await startHttpBroker({ webhooks: fast });
      receiver = await startReceiver();
      expect((await broker.call('POST', '/contracts/publish', publishBody('0.1.0', [samplePact()]))).status).toBe(200);
    });
    afterAll(async () => {
      await broker.close();
      await receiver.close();
    });

    it('creates through a pact and lists webhooks by exact scope', async () => {
      expect((await broker.call('POST', `${PAIR}/webhooks`, hook('/pair', 'pair'))).status).toBe(201);
      expect((await broker.call('POST', '/webhooks/provider/Orders', hook('/provider', 'provider only'))).status).toBe(
        201,
      );
      expect((await broker.call('POST', '/webhooks', hook('/all', 'everyone'))).status).toBe(201);
      const names = async (path: string) =>
        (await broker.call('GET', path)).body._embedded.webhooks.map((w: { description: string }) => w.description);
      expect(await names(`${PAIR}/webhooks`)).toEqual(['pair']);
      expect(await names('/webhooks/provider/Orders/consumer/Web')).toEqual(['pair']);
      expect(await names('/webhooks/provider/Orders')).toEqual(['provider only']);
      expect(await names('/webhooks/consumer/Web')).toEqual([]);
      expect((await broker.call('GET', '/webhooks/consumer/Nope')).status).toBe(404);
    });

    it('records what a publication triggered, with status, summary and logs', async () => {
      // Three webhooks fire: the three first calls and the first retry fail, so exactly one webhook runs out of its two
      // attempts.
      receiver.statuses.push(500, 500, 500, 500);
      expect(
        (await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact('Web', 'Orders', 'b')])))
          .status,
      ).toBe(200);
      await waitUntil(
        async () =>
          (await broker.call('GET', `${PAIR}/webhooks/status`)).body.summary.retrying === 0 &&
          (await broker.call('GET', `${PAIR}/webhooks/status`)).body.summary.notRun === 0,
      );
      const status = await broker.call('GET', `${PAIR}/webhooks/status`);
      expect(status.body.summary).toEqual({ successful: 2, failed: 1, retrying: 0, notRun: 0 });
      const triggered = await broker.call('GET', `${PAIR}/version/1.0.0/triggered-webhooks`);
      const failed = triggered.body._embedded.triggeredWebhooks.find((t: { status: string }) => t.status === 'failure');
      expect(failed).toMatchObject({
        attemptsMade: 2,
        attemptsRemaining: 0,
        triggerType: 'publication',
        eventName: 'contract_published',
      });
      const logs = await broker.call('GET', new URL(failed._links['pb:logs'].href).pathname);
      expect(logs.body._embedded.executions.map((e: { response: { status: number } }) => e.response.status)).toEqual([
        500, 500,
      ]);
      expect(logs.body.logs).toMatch(/attempt 1: failure \(HTTP 500\)\n.*attempt 2: failure \(HTTP 500\)$/);
      expect((await broker.call('GET', '/triggered-webhooks/nope/logs')).status).toBe(404);
      expect((await broker.call('GET', `${PAIR}/version/9.9.9/triggered-webhooks`)).status).toBe(404);
    });

    it(
      'executes an unsaved webhook once (POST /webhooks/execute) ' + 'and rejects a bad one with field errors',
      async () => {
        const seen = receiver.received.length;
        const executed = await broker.call('POST', '/webhooks/execute', hook('/unsaved', 'unsaved'));
        expect(executed.status).toBe(200);
        expect(executed.body).toMatchObject({
          success: true,
          request: { url: `${receiver.url}/unsaved`, body: '{"v":"1.0.0"}' },
        });
        await receiver.waitFor(seen + 1);
        expect((await broker.call('GET', '/webhooks')).body._embedded.webhooks).toHaveLength(3);
        const bad = await broker.call('POST', '/webhooks/execute', { events: [], request: { method: 'POST' } });
        expect(bad.status).toBe(400);
        expect(bad.body.error.code).toBe('TREATY_BROKER_VALIDATION');
        const get = await broker.call('GET', '/webhooks/execute');
        expect(get.status).toBe(405);
        expect(get.headers.get('allow')).toBe('POST, OPTIONS');
      },
    );
  },
);
