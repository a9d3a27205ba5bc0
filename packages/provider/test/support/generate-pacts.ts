import { request } from 'node:http';
import { join } from 'node:path';
// Deep imports: the package root also loads pact-js's verifier, whose ESM-only proxy dependency Jest cannot require.
import * as MatchersV3 from '@pact-foundation/pact/src/v3/matchers';
import { MessageConsumerPact, synchronousBodyHandler } from '@pact-foundation/pact/src/messageConsumerPact';
import { PactV3 } from '@pact-foundation/pact/src/v3/pact';
import { SpecificationVersion } from '@pact-foundation/pact/src/v3/types';
import { PactV4 } from '@pact-foundation/pact/src/v4';
import { retryMissedRequest } from '../../../../test/support/pact-js-retry';

const { like, eachLike, integer, decimal, number, string, datetime, fromProviderState } = MatchersV3;

/** The order shape orders-web expects, with matchers. */
export const orderMatcher = {
  id: integer(1),
  status: like('pending'),
  items: eachLike({ sku: string('BOOK-1'), quantity: integer(2), price: decimal(12.5) }),
  total: number(25),
  createdAt: datetime("yyyy-MM-dd'T'HH:mm:ss.SSSX", '2024-05-01T10:00:00.000Z'),
};

const newOrder = { items: [{ sku: 'BOOK-1', quantity: 2, price: 12.5 }] };

/**
 * Call the pact-js mock server on a fresh connection: a pooled keep-alive connection (as global fetch keeps) can
 * still reach the previous test's mock server when a new one reuses its port.
 */
function call(base: string, method: string, path: string, body?: unknown): Promise<void> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(text ? { 'Content-Type': 'application/json' } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    req.on('error', reject);
    req.end(text);
  });
}

/**
 * Write a V3 HTTP pact (orders-web → orders-api) with @pact-foundation/pact's PactV3, one mock-server test per
 * interaction.
 */
export async function writeV3HttpPact(dir: string): Promise<void> {
  const pact = new PactV3({ consumer: 'orders-web', provider: 'orders-api', dir, logLevel: 'error' });
  await retryMissedRequest(() =>
    pact
      .given('an order with id {id} exists', { id: 1 })
      .uponReceiving('a request for order 1')
      .withRequest({
        method: 'GET',
        path: fromProviderState('/orders/${id}', '/orders/1'),
        headers: { Accept: 'application/json' },
      })
      .willRespondWith({
        status: 200,
        headers: { 'Content-Type': like('application/json; charset=utf-8') },
        body: orderMatcher,
      })
      .executeTest((server) => call(server.url, 'GET', '/orders/1')),
  );
  await retryMissedRequest(() =>
    pact
      .given('no orders exist')
      .uponReceiving('a request for an unknown order')
      .withRequest({ method: 'GET', path: '/orders/999', headers: { Accept: 'application/json' } })
      .willRespondWith({ status: 404, body: { error: like('Order 999 not found') } })
      .executeTest((server) => call(server.url, 'GET', '/orders/999')),
  );
  await retryMissedRequest(() =>
    pact
      .given('orders exist')
      .uponReceiving('a request for all orders')
      .withRequest({ method: 'GET', path: '/orders', headers: { Accept: 'application/json' } })
      .willRespondWith({ status: 200, body: eachLike(orderMatcher) })
      .executeTest((server) => call(server.url, 'GET', '/orders')),
  );
  await retryMissedRequest(() =>
    pact
      .given('no orders exist')
      .uponReceiving('a request to create an order')
      .withRequest({
        method: 'POST',
        path: '/orders',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: newOrder,
      })
      .willRespondWith({ status: 201, body: orderMatcher })
      .executeTest((server) => call(server.url, 'POST', '/orders', newOrder)),
  );
}

/** Write a V3 message pact (orders-web ← orders-api: an order-created event) with MessageConsumerPact. */
export async function writeV3MessagePact(dir: string): Promise<void> {
  const pact = new MessageConsumerPact({ consumer: 'orders-web', provider: 'orders-api', dir, logLevel: 'error' });
  await pact
    .given({ name: 'an order with id {id} exists', params: { id: '1' } })
    .expectsToReceive('an order-created event')
    .withContent(orderMatcher)
    .withMetadata({ contentType: 'application/json', topic: 'orders' })
    .verify(synchronousBodyHandler(() => undefined));
}

/** Write a V4 pact with HTTP and asynchronous message interactions with PactV4. */
export async function writeV4Pact(dir: string): Promise<void> {
  const pact = new PactV4({
    consumer: 'orders-web',
    provider: 'orders-api',
    dir,
    logLevel: 'error',
    spec: SpecificationVersion.SPECIFICATION_VERSION_V4,
  });
  await retryMissedRequest(() =>
    pact
      .addInteraction()
      .given('an order with id {id} exists', { id: 7 })
      .uponReceiving('a request for order 7')
      .withRequest('GET', fromProviderState('/orders/${id}', '/orders/7'), (b) =>
        b.headers({ Accept: 'application/json' }),
      )
      .willRespondWith(200, (b) => b.jsonBody({ ...orderMatcher, id: integer(7) }))
      .executeTest((server) => call(server.url, 'GET', '/orders/7')),
  );
  await retryMissedRequest(() =>
    pact
      .addInteraction()
      .given('no orders exist')
      .uponReceiving('a request to create an order')
      .withRequest('POST', '/orders', (b) => b.headers({ Accept: 'application/json' }).jsonBody(newOrder))
      .willRespondWith(201, (b) => b.jsonBody(orderMatcher))
      .executeTest((server) => call(server.url, 'POST', '/orders', newOrder)),
  );
  await retryMissedRequest(() =>
    pact
      .addAsynchronousInteraction()
      .given('an order with id {id} exists', { id: 1 })
      .expectsToReceive('an order-created event', (b) =>
        b.withJSONContent(orderMatcher).withMetadata({ contentType: 'application/json', topic: 'orders' }),
      )
      .executeTest(async () => undefined),
  );
}

/** Write all the pacts into sub-folders of `root`; returns the folders. */
export async function writeAllPacts(root: string): Promise<{ v3Http: string; v3Message: string; v4: string }> {
  const dirs = { v3Http: join(root, 'v3-http'), v3Message: join(root, 'v3-message'), v4: join(root, 'v4') };
  await writeV3HttpPact(dirs.v3Http);
  await writeV3MessagePact(dirs.v3Message);
  await writeV4Pact(dirs.v4);
  return dirs;
}
