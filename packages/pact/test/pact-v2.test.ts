import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pactJs from '@pact-foundation/pact';
import { Interaction, MatchersV2, PactV2 } from '@treaty/pact';
import { verifyWithPactJs } from './helpers/verify-with-pact-js';

const { eachLike, somethingLike, term, integer, decimal } = MatchersV2;

const orderBody = {
  id: integer(1),
  status: term({ generate: 'pending', matcher: '^(pending|shipped)$' }),
  items: eachLike({ sku: somethingLike('BOOK-1'), quantity: integer(2), price: decimal(12.5) }),
  total: somethingLike(25),
};

// pact-js loads its Rust core on first use, which is slow on a busy machine.
const PACT_JS_TIMEOUT = 30_000;

describe('PactV2 (the legacy setup/addInteraction/verify/finalize API) with MatchersV2', () => {
  let dir: string;
  let provider: PactV2;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-v2-'));
    provider = new PactV2({ consumer: 'legacy-web', provider: 'compat-api', dir });
    await provider.setup();
  });
  afterAll(async () => {
    await provider.finalize();
    rmSync(dir, { recursive: true, force: true });
  });
  const pactFile = () => path.join(dir, 'legacy-web-compat-api.json');

  it('MatchersV2 build the objects pact-js builds', () => {
    const theirs = pactJs.MatchersV2;
    expect(JSON.parse(JSON.stringify(orderBody))).toEqual(
      JSON.parse(
        JSON.stringify({
          id: theirs.integer(1),
          status: theirs.term({ generate: 'pending', matcher: '^(pending|shipped)$' }),
          items: theirs.eachLike({
            sku: theirs.somethingLike('BOOK-1'),
            quantity: theirs.integer(2),
            price: theirs.decimal(12.5),
          }),
          total: theirs.somethingLike(25),
        }),
      ),
    );
    expect(MatchersV2.email().value).toBe(theirs.email().value);
    expect(MatchersV2.extractPayload(orderBody)).toEqual(theirs.extractPayload(orderBody as never));
    expect(() => MatchersV2.term({ generate: 'nope', matcher: '^\\d+$' })).toThrow(
      expect.objectContaining({ code: 'TREATY_CONSUMER_INVALID_MATCHER' }),
    );
  });

  it(
    'serves interactions, verify() writes a V2 pact that pact-js verifies',
    async () => {
      await provider.addInteraction({
        state: 'an order exists',
        uponReceiving: 'a request for order 1',
        withRequest: { method: 'GET', path: '/orders/1', headers: { Accept: 'application/json' } },
        willRespondWith: { status: 200, headers: { 'Content-Type': 'application/json' }, body: orderBody },
      });
      const res = await fetch(`${provider.mockService?.baseUrl}/orders/1`, { headers: { Accept: 'application/json' } });
      expect(await res.json()).toMatchObject({ id: 1, status: 'pending', total: 25 });
      await provider.verify();

      const pact = JSON.parse(readFileSync(pactFile(), 'utf8'));
      expect(pact.metadata.pactSpecification.version).toBe('2.0.0');
      expect(pact.interactions[0]).toMatchObject({ providerState: 'an order exists', request: { path: '/orders/1' } });
      expect(pact.interactions[0].response.matchingRules['$.body.status']).toEqual({
        match: 'regex',
        regex: '^(pending|shipped)$',
      });

      const verification = await verifyWithPactJs('compat-api', [pactFile()]);
      expect(verification.error).toBeUndefined();
      expect(verification.output?.interactionResults.map((r) => r.result)).toEqual(['OK']);
    },
    PACT_JS_TIMEOUT,
  );

  it('verify() fails when an interaction was not exercised, and the next test starts clean', async () => {
    const missed = new Interaction()
      .given('no orders exist')
      .uponReceiving('a request for a missing order')
      .withRequest({ method: 'GET', path: '/orders/404', query: 'view=full&tag=a&tag=b' })
      .willRespondWith({ status: 404 });
    await provider.addInteraction(missed);
    await expect(provider.verify()).rejects.toMatchObject({ code: 'TREATY_CONSUMER_MOCK_MISMATCH' });

    await provider.addInteraction(missed);
    expect((await fetch(`${provider.mockService?.baseUrl}/orders/404?view=full&tag=a&tag=b`)).status).toBe(404);
    await provider.verify();
    const { interactions } = JSON.parse(readFileSync(pactFile(), 'utf8'));
    expect(interactions.map((i: { description: string }) => i.description)).toEqual([
      'a request for a missing order',
      'a request for order 1',
    ]);
    expect(interactions[0].request.query).toBe('view=full&tag=a&tag=b');
  });

  it('addInteraction before setup() is rejected', async () => {
    const early = new PactV2({ consumer: 'legacy-web', provider: 'compat-api', dir });
    await expect(
      early.addInteraction({
        state: undefined,
        uponReceiving: 'x',
        withRequest: { method: 'GET', path: '/' },
        willRespondWith: { status: 200 },
      }),
    ).rejects.toMatchObject({ code: 'TREATY_CONSUMER_INVALID_INTERACTION' });
  });
});

describe('PactV2 with spec 1', () => {
  it('writes a V1 pact, as pact-reference does for a V1 mock server', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'treaty-v1-'));
    const provider = new PactV2({ consumer: 'v1-web', provider: 'v1-api', dir, spec: 1 });
    try {
      await provider.setup();
      await provider.addInteraction({
        state: 'an order exists',
        uponReceiving: 'a request for order 1',
        withRequest: { method: 'GET', path: '/orders/1', query: 'view=full' },
        willRespondWith: { status: 200, body: { id: 1 } },
      });
      expect((await fetch(`${provider.mockService?.baseUrl}/orders/1?view=full`)).status).toBe(200);
      await provider.verify();
      const pact = JSON.parse(readFileSync(path.join(dir, 'v1-web-v1-api.json'), 'utf8'));
      expect(pact.metadata.pactSpecification).toEqual({ version: '1.0.0' });
      expect(pact.interactions[0]).toMatchObject({ providerState: 'an order exists', request: { query: 'view=full' } });
    } finally {
      await provider.finalize();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses matchers, which V1 cannot express', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'treaty-v1-'));
    const provider = new PactV2({ consumer: 'v1-web', provider: 'v1-api', dir, spec: 1 });
    try {
      await provider.setup();
      await provider.addInteraction({
        state: undefined,
        uponReceiving: 'a request with a matcher',
        withRequest: { method: 'GET', path: '/orders/1' },
        willRespondWith: { status: 200, body: { id: integer(1) } },
      });
      await fetch(`${provider.mockService?.baseUrl}/orders/1`);
      await expect(provider.verify()).rejects.toMatchObject({ code: 'TREATY_CORE_INEXPRESSIBLE_IN_SPEC' });
    } finally {
      await provider.finalize();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
