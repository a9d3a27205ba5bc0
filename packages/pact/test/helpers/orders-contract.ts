import { request } from 'node:http';
import type * as TreatyPact from '@treaty/pact';

/** One HTTP exchange without connection reuse: each test's mock server is new, and pooled sockets would outlive it. */
function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; json: () => Promise<{ id?: number }> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: async () => JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The part of the pact-js API the contract uses: `@treaty/pact` and `@pact-foundation/pact` both provide it. */
export type PactModule = typeof TreatyPact;

// pact-js asks its Rust mock server what it received as soon as the test function resolves; on a
// loaded machine the server may not have recorded the request yet. A short pause avoids that race.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The order template both consumers expect. */
function orderBody(M: PactModule['MatchersV3'], id: number) {
  return {
    id: M.integer(id),
    status: M.regex('^(pending|shipped|cancelled)$', 'pending'),
    items: M.eachLike({ sku: M.string('BOOK-1'), quantity: M.integer(2), price: M.decimal(12.5) }),
    total: M.number(25),
  };
}

/**
 * One consumer test body, written once against the pact-js API and run with either module:
 * HTTP with matchers, a provider state with params, a 404 and an asynchronous message.
 */
export async function runOrdersContract(mod: PactModule, opts: { dir: string; spec?: number }): Promise<void> {
  const M = mod.MatchersV3;
  const pact = new mod.PactV4({
    consumer: 'switch-web',
    provider: 'switch-api',
    dir: opts.dir,
    spec: opts.spec,
    logLevel: 'error',
  });
  await pact
    .addInteraction()
    .given('an order exists', { id: 42 })
    .uponReceiving('a request for order 42')
    .withRequest('GET', '/orders/42', (b) => b.headers({ Accept: 'application/json' }))
    .willRespondWith(200, (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody(orderBody(M, 42)))
    .executeTest(async (server) => {
      const res = await call(`${server.url}/orders/42`, { headers: { Accept: 'application/json' } });
      const body = await res.json();
      if (res.status !== 200 || body.id !== 42) throw new Error(`unexpected answer ${res.status}`);
      await settle();
    });
  await pact
    .addInteraction()
    .given('no orders exist')
    .uponReceiving('a request for a missing order')
    .withRequest('GET', '/orders/999')
    .willRespondWith(404, (b) => b.jsonBody({ error: M.string('Order 999 not found') }))
    .executeTest(async (server) => {
      const res = await call(`${server.url}/orders/999`);
      if (res.status !== 404) throw new Error(`expected 404, got ${res.status}`);
      await settle();
    });
  await pact
    .addInteraction()
    .uponReceiving('a request to create an order')
    .withRequest('POST', '/orders', (b) =>
      b.jsonBody({ items: M.eachLike({ sku: M.string('BOOK-1'), quantity: M.integer(2), price: M.decimal(12.5) }) }),
    )
    .willRespondWith(201, (b) => b.jsonBody(orderBody(M, 7)))
    .executeTest(async (server) => {
      const res = await call(`${server.url}/orders`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ items: [{ sku: 'PEN-2', quantity: 1, price: 1.5 }] }),
      });
      if (res.status !== 201) throw new Error(`expected 201, got ${res.status}`);
      await settle();
    });
  await pact
    .addAsynchronousInteraction()
    .expectsToReceive('an order-created event', (b) => b.withJSONContent(orderBody(M, 1)))
    .executeTest(async (message) => {
      const content = message.contents.content as { id?: number };
      if (content.id !== 1) throw new Error('the handler did not get the order');
    });
}
