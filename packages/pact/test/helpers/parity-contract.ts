import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as treaty from '@treaty/pact';

/** The part of a pact module the parity contract uses (pact-js's and Treaty's have it). */
export type PactModule = typeof treaty;

async function get(url: string, init?: RequestInit): Promise<void> {
  const res = await fetch(url, init);
  await res.arrayBuffer();
}

// V4 HTTP: matchers in path, query, headers and JSON bodies, provider state params.
async function v4Http(mod: PactModule, dir: string): Promise<void> {
  const M = mod.MatchersV3;
  const pact = new mod.PactV4({ consumer: 'parity-web', provider: 'parity-api', dir, logLevel: 'error' });
  await pact
    .addInteraction()
    .given('an order exists', { id: 7 })
    .uponReceiving('get order 7')
    .withRequest('GET', M.regex('/orders/\\d+', '/orders/7'), (b) =>
      b.query({ view: M.string('full') }).headers({ Accept: 'application/json' }),
    )
    .willRespondWith(200, (b) =>
      b.headers({ 'Content-Type': 'application/json' }).jsonBody({
        id: M.integer(7),
        tags: M.eachLike('a'),
        total: M.decimal(9.5),
        at: M.datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-01-02T03:04:05'),
      }),
    )
    .executeTest(async (server) =>
      get(`${server.url}/orders/7?view=full`, { headers: { Accept: 'application/json' } }),
    );
  await pact
    .addInteraction()
    .uponReceiving('create an order')
    .withRequest('POST', '/orders', (b) => b.jsonBody({ sku: M.like('A-1'), qty: M.integer(1) }))
    .willRespondWith(201, (b) => b.jsonBody({ id: M.integer(8) }))
    .executeTest(async (server) =>
      get(`${server.url}/orders`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sku: 'A-1', qty: 1 }),
      }),
    );
  // A charset in the Content-Type header (as pactflow/example-consumer has): the body's own content type is still the
  // one jsonBody names.
  await pact
    .addInteraction()
    .uponReceiving('rename an order')
    .withRequest('PUT', '/orders/7', (b) =>
      b.headers({ 'Content-Type': 'application/json; charset=utf-8' }).jsonBody({ name: M.like('seven') }),
    )
    .willRespondWith(200, (b) =>
      b.headers({ 'Content-Type': 'application/json; charset=utf-8' }).jsonBody({ id: M.integer(7) }),
    )
    .executeTest(async (server) =>
      get(`${server.url}/orders/7`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ name: 'seven' }),
      }),
    );
}

// V4 messages: asynchronous with metadata, synchronous with JSON request and response.
async function v4Messages(mod: PactModule, dir: string): Promise<void> {
  const M = mod.MatchersV3;
  const pact = new mod.PactV4({ consumer: 'parity-web', provider: 'parity-events', dir, logLevel: 'error' });
  await pact
    .addAsynchronousInteraction()
    .expectsToReceive('order shipped', (b) =>
      b.withJSONContent({ id: M.integer(3), carrier: M.string('DHL') }).withMetadata({ topic: 'orders' }),
    )
    .executeTest(async () => undefined);
  await pact
    .addSynchronousInteraction('price lookup')
    .withRequest((b) => b.withJSONContent({ sku: M.string('A-1') }))
    .withResponse((b) => b.withJSONContent({ price: M.integer(10) }))
    .executeTest(async () => undefined);
}

// V3: a request with extra matching rules, a binary file body, and a message pact.
async function v3(mod: PactModule, dir: string): Promise<void> {
  const M = mod.MatchersV3;
  const pact = new mod.PactV3({ consumer: 'parity-web', provider: 'parity-v3', dir, logLevel: 'error' });
  const req = { method: 'PUT', path: '/notes/1', headers: { 'Content-Type': 'text/plain' }, body: 'hello' };
  pact
    .given('a note exists')
    .uponReceiving('replace a note')
    .withRequestMatchingRules(req, { header: { path: 'Content-Type', rules: [M.regex('text/.*', 'text/plain')] } })
    .willRespondWith({ status: 204 });
  await pact.executeTest(async (server) =>
    get(`${server.url}/notes/1`, { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: 'hello' }),
  );
  const logo = path.join(dir, 'logo.png');
  writeFileSync(logo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]));
  pact
    .uponReceiving('upload a logo')
    .withRequestBinaryFile({ method: 'PUT', path: '/logo' }, 'image/png', logo)
    .willRespondWith({ status: 204 });
  await pact.executeTest(async (server) =>
    get(`${server.url}/logo`, {
      method: 'PUT',
      headers: { 'Content-Type': 'image/png' },
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]),
    }),
  );
  await new mod.MessageConsumerPact({ consumer: 'parity-web', provider: 'parity-v3-events', dir, logLevel: 'error' })
    .given('an order')
    .expectsToReceive('order created')
    .withContent({ id: M.integer(1), sku: M.string('A-1') })
    .withMetadata({ queue: 'orders' })
    .verify(async () => undefined);
}

/**
 * Run the same consumer tests (V4 HTTP, V4 messages, V3 HTTP and messages) with a pact module, writing to `dir`.
 * @example await runParityContract(require('@treaty/pact'), dir)
 */
export async function runParityContract(mod: PactModule, dir: string): Promise<void> {
  await v4Http(mod, dir);
  await v4Messages(mod, dir);
  await v3(mod, dir);
}
