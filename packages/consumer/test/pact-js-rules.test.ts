import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// Deep imports of pact-js's consumer modules: they load without its verifier and proxy.
import { PactV4 as PactJsV4 } from '@pact-foundation/pact/src/v4';
import * as PactJsMatchers from '@pact-foundation/pact/src/v3/matchers';
import { parsePact, type Interaction } from '@treaty/core';
import { flushPacts, MatchersV3 as TreatyMatchers, PactV4 as TreatyV4 } from '@treaty/consumer';

type M = typeof TreatyMatchers;
type PactCtor = typeof TreatyV4;

const body = (M: M) => ({
  id: M.integer(1),
  generated: M.integer(),
  price: M.decimal(1.5),
  count: M.number(),
  name: M.string('x'),
  flag: M.boolean(),
  items: M.eachLike({ sku: M.string('a'), qty: M.integer(2) }, 2),
  least: M.atLeastLike(1, 2, 3),
  most: M.atMostLike('a', 3),
  between: M.constrainedArrayLike(1, 1, 4, 2),
  at: M.datetime("yyyy-MM-dd'T'HH:mm:ss", '2020-01-01T00:00:00'),
  day: M.date('yyyy-MM-dd', '2020-01-01'),
  clock: M.time('HH:mm', '10:00'),
  part: M.includes('abc'),
  none: M.nullValue(),
  link: M.url(['orders', M.regex('\\d+', '1')]),
  injected: M.fromProviderState('${id}', 5),
  exact: M.equal('x'),
  keys: M.eachKeyMatches({ a: 1 }, M.regex('[a-z]+', 'a')),
  values: M.eachValueMatches({ a: 'x' }, M.string('x')),
  contains: M.arrayContaining(M.like({ a: 1 }), 'x'),
  nested: M.like({ a: { b: 1 } }),
  uuid: M.uuid('e2490de5-5bd3-43d5-b7c4-526e33f71304'),
});

async function write(Pact: PactCtor, M: M, dir: string): Promise<Interaction[]> {
  const pact = new Pact({ consumer: 'rules-web', provider: 'rules-api', dir, logLevel: 'error' });
  await pact
    .addInteraction()
    .given('orders exist', { count: 2 })
    .uponReceiving('a rich response')
    .withRequest('GET', M.regex('/orders/\\d+', '/orders/1'), (b) =>
      b.query({ status: M.regex('pending|shipped', 'pending') }).headers({ 'X-Id': M.uuid() }),
    )
    .willRespondWith(200, (b) => b.jsonBody(body(M)))
    .executeTest(async (server) => {
      await fetch(`${server.url}/orders/1?status=pending`, {
        headers: { 'X-Id': 'e2490de5-5bd3-43d5-b7c4-526e33f71304' },
      });
      // pact-js reads what its Rust mock server received right away; give it time to record the request under load.
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  await pact
    .addAsynchronousInteraction()
    .expectsToReceive('an event', (b) =>
      b.withJSONContent({ id: M.integer(3) }).withMetadata({ type: M.regex('order\\..*', 'order.created') }),
    )
    .executeTest(async () => undefined);
  flushPacts();
  return parsePact(JSON.parse(readFileSync(path.join(dir, 'rules-web-rules-api.json'), 'utf8'))).interactions;
}

// pact-js repeats a rule once per eachLike example and writes `combine: AND`; both mean the same.
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value.map(normalise))
      if (!out.some((o) => JSON.stringify(o) === JSON.stringify(item))) out.push(item);
    return out;
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([k, v]) => !(k === 'combine' && v === 'AND'),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, normalise(v)]));
}

describe('matching rules, generators and examples extracted from matchers', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'treaty-rules-'));
    dirs.push(dir);
    return dir;
  };

  it('are what @pact-foundation/pact writes for the same interactions', async () => {
    const theirs = await write(PactJsV4 as unknown as PactCtor, PactJsMatchers as unknown as M, tempDir());
    const ours = await write(TreatyV4, TreatyMatchers, tempDir());
    expect(ours.map((i) => i.description)).toEqual(theirs.map((i) => i.description));
    const [ourHttp, theirHttp] = [ours[0], theirs[0]] as Extract<Interaction, { type: 'Synchronous/HTTP' }>[];
    expect(normalise(ourHttp.providerStates)).toEqual(normalise(theirHttp.providerStates));
    for (const part of ['request', 'response'] as const) {
      expect(normalise(ourHttp[part].matchingRules)).toEqual(normalise(theirHttp[part].matchingRules));
      expect(normalise(ourHttp[part].generators)).toEqual(normalise(theirHttp[part].generators));
    }
    expect(ourHttp.request.path).toBe(theirHttp.request.path);
    expect(normalise(ourHttp.response.body)).toEqual(normalise(theirHttp.response.body));
    const [ourMessage, theirMessage] = [ours[1], theirs[1]] as Extract<
      Interaction,
      { type: 'Asynchronous/Messages' }
    >[];
    expect(normalise(ourMessage.matchingRules)).toEqual(normalise(theirMessage.matchingRules));
    expect(normalise(ourMessage.contents)).toEqual(normalise(theirMessage.contents));
  }, 30_000);
});
