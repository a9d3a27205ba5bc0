import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { flushPacts, MatchersV3, PactV4, pactFilePath } from '@treaty/consumer';

const { integer, eachLike, string, url } = MatchersV3;

describe('the mock server behind executeTest', () => {
  let dir: string;
  let pact: PactV4;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-mock-'));
    pact = new PactV4({ consumer: 'mock-web', provider: 'mock-api', dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = () => pactFilePath({ consumer: 'mock-web', provider: 'mock-api', dir, specVersion: 'V4' });
  const descriptions = (): string[] => {
    flushPacts();
    if (!existsSync(file())) return [];
    return JSON.parse(readFileSync(file(), 'utf8')).interactions.map((i: { description: string }) => i.description);
  };

  it('serves the expected response with generators applied (MockServerURL gets the mock URL)', async () => {
    const value = await pact
      .addInteraction()
      .uponReceiving('a list of orders')
      .withRequest('GET', '/orders', (b) => b.query({ status: 'pending' }))
      .willRespondWith(200, (b) =>
        b.jsonBody({ orders: eachLike({ id: integer(7), href: url(['orders', MatchersV3.regex('\\d+', '7')]) }) }),
      )
      .executeTest(async (server) => {
        const res = await fetch(`${server.url}/orders?status=pending`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/json');
        const body = (await res.json()) as { orders: { href: string }[] };
        expect(body.orders[0].href).toBe(`${server.url}/orders/7`);
        expect(server.port).toBeGreaterThan(0);
        return body.orders.length;
      });
    expect(value).toBe(1);
    expect(descriptions()).toContain('a list of orders');
  });

  it(
    'answers a mismatched request with a 500 naming the ' + 'closest interaction, and fails the test with a report',
    async () => {
      let body: { closestInteraction?: string; mismatches?: { path: string }[] } = {};
      const run = pact
        .addInteraction()
        .uponReceiving('an order creation')
        .withRequest('POST', '/orders', (b) => b.jsonBody({ sku: string('A-1'), quantity: integer(1) }))
        .willRespondWith(201)
        .executeTest(async (server) => {
          const res = await fetch(`${server.url}/orders`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ sku: 'A-1', quantity: 'one' }),
          });
          expect(res.status).toBe(500);
          body = (await res.json()) as typeof body;
        });
      await expect(run).rejects.toMatchObject({ code: 'TREATY_CONSUMER_MOCK_MISMATCH' });
      await expect(run).rejects.toThrow(/an order creation/);
      expect(body.closestInteraction).toBe('an order creation');
      expect(body.mismatches?.map((m) => m.path)).toContain('$.quantity');
      expect(descriptions()).not.toContain('an order creation');
    },
  );

  it('fails the test when an expected request never arrives', async () => {
    const run = pact
      .addInteraction()
      .uponReceiving('a deletion')
      .withRequest('DELETE', '/orders/1')
      .willRespondWith(204)
      .executeTest(async () => undefined);
    await expect(run).rejects.toThrow(/Missing request: "a deletion" expected DELETE \/orders\/1/);
    expect(descriptions()).not.toContain('a deletion');
  });

  it("rethrows the test function's own error and writes nothing", async () => {
    const run = pact
      .addInteraction()
      .uponReceiving('a health check')
      .withRequest('GET', '/health')
      .willRespondWith(200)
      .executeTest(async (server) => {
        await fetch(`${server.url}/health`);
        throw new Error('assertion failed in the test');
      });
    await expect(run).rejects.toThrow('assertion failed in the test');
    expect(descriptions()).not.toContain('a health check');
  });

  it('answers CORS preflight requests', async () => {
    await pact
      .addInteraction()
      .uponReceiving('a cross-origin read')
      .withRequest('GET', '/profile')
      .willRespondWith(200, (b) => b.jsonBody({ name: 'a' }))
      .executeTest(async (server) => {
        const preflight = await fetch(`${server.url}/profile`, {
          method: 'OPTIONS',
          headers: {
            Origin: 'http://app.example',
            'Access-Control-Request-Method': 'GET',
            'Access-Control-Request-Headers': 'x-token',
          },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get('access-control-allow-origin')).toBe('http://app.example');
        expect(preflight.headers.get('access-control-allow-headers')).toBe('x-token');
        await fetch(`${server.url}/profile`, { headers: { Origin: 'http://app.example' } });
      });
  });

  it('serves binary and text bodies (body, binaryFile) as written', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    const file = path.join(dir, 'logo.png');
    writeFileSync(file, png);
    await pact
      .addInteraction()
      .uponReceiving('a logo upload')
      .withRequest('PUT', '/logo', (b) => b.binaryFile('image/png', file))
      .willRespondWith(200, (b) => b.body('text/plain', Buffer.from('stored')))
      .executeTest(async (server) => {
        const res = await fetch(`${server.url}/logo`, {
          method: 'PUT',
          headers: { 'Content-Type': 'image/png' },
          body: png,
        });
        expect(await res.text()).toBe('stored');
      });
    flushPacts();
    const written = JSON.parse(readFileSync(file.replace('logo.png', 'mock-web-mock-api.json'), 'utf8'));
    const upload = written.interactions.find((i: { description: string }) => i.description === 'a logo upload');
    expect(upload.request.body).toEqual({
      content: png.toString('base64'),
      contentType: 'image/png',
      encoded: 'base64',
    });
  });

  it('rejects two different definitions of one interaction with a typed error in strict mode', async () => {
    const strict = new PactV4({ consumer: 'mock-web', provider: 'strict-api', dir, strictInteractions: true });
    const define = (status: number) =>
      strict
        .addInteraction()
        .given('a user')
        .uponReceiving('the current user')
        .withRequest('GET', '/me')
        .willRespondWith(status)
        .executeTest(async (server) => void (await fetch(`${server.url}/me`)));
    await define(200);
    await expect(define(401)).rejects.toMatchObject({ code: 'TREATY_CONSUMER_CONFLICTING_INTERACTION' });
  });

  it('keeps the last of two definitions by default, as pact-js does, warning with both test names', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const define = (status: number) =>
      pact
        .addInteraction()
        .given('a user')
        .uponReceiving('the current user')
        .withRequest('GET', '/me')
        .willRespondWith(status)
        .executeTest(async (server) => void (await fetch(`${server.url}/me`)));
    try {
      await define(200);
      await define(401);
      const name = expect.getState().currentTestName;
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
        expect.stringContaining(`defined differently by test "${name}" (this test file) and test "${name}"`),
      ]);
      const written = JSON.parse(readFileSync(file(), 'utf8')).interactions.filter(
        (i: { description: string }) => i.description === 'the current user',
      );
      expect(written.map((i: { response: { status: number } }) => i.response.status)).toEqual([401]);
    } finally {
      warn.mockRestore();
    }
  });
});
