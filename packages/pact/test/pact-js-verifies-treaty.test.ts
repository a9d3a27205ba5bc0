import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  flushPacts,
  MatchersV3,
  MessageConsumerPact,
  PactV3,
  SpecificationVersion,
  synchronousBodyHandler,
} from '@treaty/pact';
import { verifyWithPactJs } from './helpers/verify-with-pact-js';

const { eachLike, integer, decimal, number, regex, string, like } = MatchersV3;

const order = (id: number) => ({
  id: integer(id),
  status: regex('^(pending|shipped|cancelled)$', 'pending'),
  items: eachLike({ sku: string('BOOK-1'), quantity: integer(2), price: decimal(12.5) }),
  total: number(25),
});

async function writeV3Http(dir: string, consumer: string, spec: SpecificationVersion): Promise<void> {
  const provider = new PactV3({ consumer, provider: 'compat-api', dir, spec });
  // V2 has no provider state params: the state handler's default id (1) is used there.
  const id = spec === SpecificationVersion.SPECIFICATION_VERSION_V2 ? 1 : 5;
  provider
    .given('an order exists', id === 1 ? undefined : { id })
    .uponReceiving('a request for an order')
    .withRequest({ method: 'GET', path: `/orders/${id}`, headers: { Accept: 'application/json' } })
    .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: order(id) });
  provider
    .given('no orders exist')
    .uponReceiving('a request for a missing order')
    .withRequest({ method: 'GET', path: '/orders/404' })
    .willRespondWith({ status: 404, body: like({ error: 'Order 404 not found' }) });
  await provider.executeTest(async (server) => {
    const found = await fetch(`${server.url}/orders/${id}`, { headers: { Accept: 'application/json' } });
    const missing = await fetch(`${server.url}/orders/404`);
    expect([found.status, missing.status]).toEqual([200, 404]);
  });
}

async function writeV3Message(dir: string): Promise<void> {
  await new MessageConsumerPact({ consumer: 'compat-v3-events', provider: 'compat-api', dir })
    .given('orders exist')
    .expectsToReceive('an order-created event')
    .withContent(order(1))
    .withMetadata({ topic: 'orders' })
    .verify(synchronousBodyHandler((body: { id: number }) => expect(body.id).toBe(1)));
}

describe("pacts written by Treaty pass @pact-foundation/pact's Verifier against a real provider", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-compat-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('V3 HTTP, V2 HTTP and V3 message pacts', async () => {
    await writeV3Http(dir, 'compat-v3-web', SpecificationVersion.SPECIFICATION_VERSION_V3);
    await writeV3Http(dir, 'compat-v2-web', SpecificationVersion.SPECIFICATION_VERSION_V2);
    await writeV3Message(dir);
    flushPacts();
    const files = ['compat-v3-web', 'compat-v2-web', 'compat-v3-events'].map((c) =>
      path.join(dir, `${c}-compat-api.json`),
    );
    const versions = files.map((f) => JSON.parse(readFileSync(f, 'utf8')).metadata.pactSpecification.version);
    expect(versions).toEqual(['3.0.0', '2.0.0', '3.0.0']);
    expect(JSON.parse(readFileSync(files[2], 'utf8')).messages).toHaveLength(1);

    const verification = await verifyWithPactJs('compat-api', files);
    expect(verification.error).toBeUndefined();
    expect(verification.output?.interactionResults.map((r) => `${r.description}: ${r.result}`).sort()).toEqual([
      'a request for a missing order: OK',
      'a request for a missing order: OK',
      'a request for an order: OK',
      'a request for an order: OK',
      'an order-created event: OK',
    ]);

    const broken = await verifyWithPactJs('compat-api', files, { broken: true });
    expect(broken.output?.result).toBe(false);
    expect(
      broken.output?.interactionResults
        .filter((r) => r.result !== 'OK')
        .map((r) => r.description)
        .sort(),
    ).toEqual(['a request for an order', 'a request for an order', 'an order-created event']);
  }, 90_000);
});
