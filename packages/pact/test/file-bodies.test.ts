import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MatchersV3, PactV3, PactV4 } from '@treaty/pact';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe("pact-js's file-body methods", () => {
  let dir: string;
  let image: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-file-bodies-'));
    image = path.join(dir, 'logo.png');
    writeFileSync(image, png);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const written = (consumer: string) =>
    JSON.parse(readFileSync(path.join(dir, `${consumer}-files-api.json`), 'utf8')).interactions;

  it('PactV3 withRequestBinaryFile / withResponseBinaryFile: bytes as the body, matched by content type', async () => {
    const pact = new PactV3({ consumer: 'v3-binary', provider: 'files-api', dir });
    pact
      .uponReceiving('a logo upload')
      .withRequestBinaryFile({ method: 'PUT', path: '/logo', headers: { 'X-Tenant': 'a' } }, 'image/png', image)
      .withResponseBinaryFile({ status: 200 }, 'image/png', image);
    await pact.executeTest(async (server) => {
      const other = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]);
      const res = await fetch(`${server.url}/logo`, {
        method: 'PUT',
        headers: { 'Content-Type': 'image/png', 'X-Tenant': 'a' },
        body: other,
      });
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(png);
    });
    const [interaction] = written('v3-binary');
    expect(interaction.request).toMatchObject({
      body: png.toString('base64'),
      headers: { 'Content-Type': 'image/png', 'X-Tenant': 'a' },
    });
    expect(interaction.request.matchingRules.body.$.matchers).toEqual([{ match: 'contentType', value: 'image/png' }]);
    expect(interaction.response.matchingRules.body.$.matchers).toEqual([{ match: 'contentType', value: 'image/png' }]);
  });

  it('PactV3 withRequestMultipartFileUpload, with rules from a following withRequestMatchingRules', async () => {
    const pact = new PactV3({ consumer: 'v3-multipart', provider: 'files-api', dir });
    const req = { method: 'POST', path: '/uploads' };
    pact
      .uponReceiving('a photo upload')
      .withRequestMultipartFileUpload(req, 'image/png', image, 'photo', 'XyZ')
      .withRequestMatchingRules(req, { header: { path: 'X-Trace', rules: [MatchersV3.regex('\\d+', '1')] } })
      .willRespondWith({ status: 201 });
    await pact.executeTest(async (server) => {
      const form = new FormData();
      form.append('photo', new Blob([png], { type: 'image/png' }), 'logo.png');
      const res = await fetch(`${server.url}/uploads`, { method: 'POST', body: form });
      expect(res.status).toBe(201);
    });
    const [interaction] = written('v3-multipart');
    expect(interaction.request.headers['Content-Type']).toBe('multipart/form-data; boundary=XyZ');
    expect(Buffer.from(interaction.request.body, 'base64').toString('latin1')).toContain(
      'name="photo"; filename="logo.png"',
    );
    expect(interaction.request.matchingRules.body['$.photo'].matchers).toEqual([
      { match: 'contentType', value: 'image/png' },
    ]);
    expect(interaction.request.matchingRules.header['X-Trace'].matchers).toEqual([{ match: 'regex', regex: '\\d+' }]);
  });

  it('a missing file is a typed error naming the file', () => {
    const pact = new PactV3({ consumer: 'v3-missing', provider: 'files-api', dir });
    expect(() =>
      pact.uponReceiving('x').withRequestBinaryFile({ method: 'PUT', path: '/x' }, 'image/png', 'nope.png'),
    ).toThrow(
      expect.objectContaining({
        code: 'TREATY_CONSUMER_BODY_FILE',
        message: expect.stringContaining('Failed to read body file nope.png: no such file'),
      }),
    );
  });

  it('PactV4 withCompleteRequest / withCompleteResponse take V3-style objects', async () => {
    const pact = new PactV4({ consumer: 'v4-complete', provider: 'files-api', dir });
    pact.setup();
    await pact
      .addInteraction()
      .uponReceiving('get order 1 as an object')
      .withCompleteRequest({ method: 'GET', path: '/orders/1', headers: { Accept: 'application/json' } })
      .withCompleteResponse({ status: 200, body: { id: MatchersV3.integer(1) } })
      .executeTest(async (server) => {
        const res = await fetch(`${server.url}/orders/1`, { headers: { Accept: 'application/json' } });
        expect(await res.json()).toEqual({ id: 1 });
      });
    const [interaction] = written('v4-complete');
    expect(interaction.response.matchingRules.body['$.id'].matchers).toEqual([{ match: 'integer' }]);
  });
});

describe('PactV4 interactions defined but not run', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-pending-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are served and expected by the next executeTest of the same pact, as in pact-js', async () => {
    const pact = new PactV4({ consumer: 'pending-web', provider: 'pending-api', dir });
    pact
      .addInteraction()
      .given('dogs exist')
      .uponReceiving('list dogs')
      .withRequest('GET', '/dogs')
      .willRespondWith(200, (b) => b.jsonBody([{ dog: 1 }]));
    await pact
      .addInteraction()
      .uponReceiving('a dog profile')
      .withRequest('GET', '/dogs/1/profile')
      .willRespondWith(200, (b) => b.jsonBody({ id: 1 }))
      .executeTest(async (server) => {
        await (await fetch(`${server.url}/dogs`)).json();
        expect(await (await fetch(`${server.url}/dogs/1/profile`)).json()).toEqual({ id: 1 });
      });
    const written = JSON.parse(readFileSync(path.join(dir, 'pending-web-pending-api.json'), 'utf8')).interactions;
    expect(written.map((i: { description: string }) => i.description).sort()).toEqual(['a dog profile', 'list dogs']);
    const next = pact.addInteraction().uponReceiving('alone').withRequest('GET', '/alone').willRespondWith(204);
    await next.executeTest(async (server) => void (await fetch(`${server.url}/alone`)));
  });
});
