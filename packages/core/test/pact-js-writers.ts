// Deep imports: the package root also loads the verifier, whose ESM-only proxy dependency Jest cannot require.
import * as MatchersV3 from '@pact-foundation/pact/src/v3/matchers';
import { MessageConsumerPact } from '@pact-foundation/pact/src/messageConsumerPact';
import { PactV3 } from '@pact-foundation/pact/src/v3/pact';
import { SpecificationVersion } from '@pact-foundation/pact/src/v3/types';
import { PactV4 } from '@pact-foundation/pact/src/v4';
import { retryMissedRequest } from '../../../test/support/pact-js-retry';

const { like, eachLike, regex, integer, datetime, uuid, fromProviderState, string, boolean } = MatchersV3;

/** Consumer/provider names for the pacts written here; each test writes into its own directory. */
export const parties = { http: ['web', 'orders-api'], message: ['worker', 'order-events'] } as const;

/**
 * Write a V3 or V4 HTTP pact with Pact JS (mock server in process), exercising it with real fetches; repeated when
 * pact-js's mock server misses the request (see retryMissedRequest).
 */
export function writeHttpPact(dir: string, spec: 'V3' | 'V4'): Promise<void> {
  return retryMissedRequest(() => writeHttpPactOnce(dir, spec));
}

async function writeHttpPactOnce(dir: string, spec: 'V3' | 'V4'): Promise<void> {
  const options = { consumer: parties.http[0], provider: parties.http[1], dir, logLevel: 'error' as const };
  const pact =
    spec === 'V3'
      ? new PactV3(options)
      : new PactV4({ ...options, spec: SpecificationVersion.SPECIFICATION_VERSION_V4 });
  const request = {
    method: 'POST',
    path: regex('/orders/\\d+', '/orders/42'),
    query: { tag: ['a', 'b'], q: 'x y' },
    headers: { 'Content-Type': 'application/json', 'X-Trace': regex('[a-f0-9]+', 'abc123') },
    body: { items: eachLike({ sku: string('A-1'), qty: integer(2) }, 1), note: like('fast') },
  };
  const response = {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: {
      id: uuid('e2490de5-5bd3-43d5-b7c4-526e33f71304'),
      total: integer(10),
      created: datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-01-02T03:04:05'),
      paid: boolean(true),
      self: fromProviderState('/orders/${id}', '/orders/42'),
      lines: eachLike({ sku: 'A-1' }, 2),
    },
  };
  const configured =
    spec === 'V3'
      ? (pact as PactV3)
          .given('an order exists', { id: 42 })
          .given('a user')
          .uponReceiving('create an order')
          .withRequest(request)
          .willRespondWith(response)
      : (pact as PactV4)
          .addInteraction()
          .given('an order exists', { id: 42 })
          .given('a user')
          .uponReceiving('create an order')
          .pending(false)
          .comment('made by the interop test')
          .testName('interop')
          .withRequest('POST', request.path, (b) =>
            b.query(request.query).headers(request.headers).jsonBody(request.body),
          )
          .willRespondWith(200, (b) => b.headers(response.headers).jsonBody(response.body));
  await configured.executeTest(async (server: { url: string }) => {
    const res = await fetch(`${server.url}/orders/42?tag=a&tag=b&q=x%20y`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Trace': 'abc123' },
      body: JSON.stringify({ items: [{ sku: 'A-1', qty: 2 }], note: 'fast' }),
    });
    if (res.status !== 200) throw new Error(`mock server answered ${res.status}: ${await res.text()}`);
  });
}

/** Write a V3 message pact with MessageConsumerPact. */
export async function writeV3MessagePact(dir: string): Promise<void> {
  const pact = new MessageConsumerPact({
    consumer: parties.message[0],
    provider: parties.message[1],
    dir,
    logLevel: 'error',
  });
  await pact
    // pact-js types params as strings; the FFI takes any JSON
    .given({ name: 'an order was placed', params: { id: 7 } as unknown as Record<string, string> })
    .expectsToReceive('an order placed event')
    .withContent({
      id: integer(7),
      items: eachLike({ sku: 'A-1' }),
      at: datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-01-02T03:04:05'),
    })
    .withMetadata({ 'content-type': 'application/json', topic: 'orders' })
    .verify(async () => undefined);
}

/** Write a V4 pact with an asynchronous and a synchronous message interaction. */
export async function writeV4MessagePact(dir: string): Promise<void> {
  const pact = new PactV4({ consumer: parties.message[0], provider: parties.message[1], dir, logLevel: 'error' });
  await pact
    .addAsynchronousInteraction()
    .given('an order was placed', { id: 7 })
    .expectsToReceive('an order placed event', (b) =>
      b.withJSONContent({ id: integer(7), items: eachLike({ sku: 'A-1' }) }).withMetadata({ topic: 'orders' }),
    )
    .executeTest(async () => undefined);
  await pact
    .addSynchronousInteraction('a price request')
    .given('prices exist')
    .pending(true)
    .withRequest((r) => r.withJSONContent({ sku: string('A-1') }))
    .withResponse((r) => r.withJSONContent({ price: integer(100) }).withMetadata({ currency: 'EUR' }))
    .executeTest(async () => undefined);
}
