import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as pactJs from '@pact-foundation/pact';
import { flushPacts, MatchersV3, PactV3, PactV4, Verifier, XmlBuilder } from '@treaty/pact';

type Builder = typeof XmlBuilder;
type Matchers = typeof MatchersV3;

// The same XML template built with either library's XmlBuilder and matchers.
function ordersXml(Xml: Builder, M: Matchers): string {
  return new Xml('1.0', 'UTF-8', 'orders').build((el) => {
    el.setAttributes({ version: M.integer(2) });
    el.eachLike(
      'order',
      { id: M.regex(/\d+/, '12') },
      (o) => {
        o.appendElement('sku', {}, M.string('BOOK-1'));
        o.appendElement('note', { lang: 'en' }, 'fragile & heavy');
      },
      { examples: 2 },
    );
  });
}

async function xmlProvider(xml: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/xml' });
    res.end(xml);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface PactJson {
  interactions: { response: { body: unknown; matchingRules?: unknown } }[];
}

async function writeXmlPact(Pact: typeof PactV3, Xml: Builder, M: Matchers, dir: string): Promise<PactJson> {
  const pact = new Pact({ consumer: 'xml-web', provider: 'xml-api', dir, logLevel: 'error' });
  pact
    .uponReceiving('a request for orders as XML')
    .withRequest({ method: 'GET', path: '/orders' })
    .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/xml' }, body: ordersXml(Xml, M) });
  await pact.executeTest(async (server) => {
    const text = await (await fetch(`${server.url}/orders`)).text();
    expect(text).toContain('<sku>BOOK-1</sku>');
  });
  flushPacts();
  return JSON.parse(readFileSync(path.join(dir, 'xml-web-xml-api.json'), 'utf8')) as PactJson;
}

// pact-js loads its Rust core on first use, which is slow on a busy machine.
const PACT_JS_TIMEOUT = 30_000;

describe('XmlBuilder', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'treaty-xml-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('builds the same template string as pact-js', () => {
    expect(ordersXml(XmlBuilder, MatchersV3)).toBe(
      ordersXml(pactJs.XmlBuilder as unknown as Builder, pactJs.MatchersV3 as unknown as Matchers),
    );
  });

  it(
    'writes the XML body and XML-path matching rules pact-js writes',
    async () => {
      const ours = await writeXmlPact(PactV3, XmlBuilder, MatchersV3, tempDir());
      const theirs = await writeXmlPact(
        pactJs.PactV3 as unknown as typeof PactV3,
        pactJs.XmlBuilder as unknown as Builder,
        pactJs.MatchersV3 as unknown as Matchers,
        tempDir(),
      );
      expect(ours.interactions[0].response.body).toBe(theirs.interactions[0].response.body);
      // Treaty leaves out the default `"combine": "AND"` that pact-js writes.
      const withoutCombine = (rules: unknown) => JSON.parse(JSON.stringify(rules).replace(/"combine":"AND",?/g, ''));
      expect(ours.interactions[0].response.matchingRules).toEqual(
        withoutCombine(theirs.interactions[0].response.matchingRules),
      );
      expect(Object.keys((ours.interactions[0].response.matchingRules as { body: object }).body)).toEqual(
        expect.arrayContaining(['$.orders.order', "$.orders.order['@id']", '$.orders.order.sku.#text']),
      );
    },
    PACT_JS_TIMEOUT,
  );

  it(
    "Treaty's Verifier checks Treaty's and pact-js's XML pacts by the XML rules",
    async () => {
      const ourDir = tempDir();
      const theirDir = tempDir();
      await writeXmlPact(PactV3, XmlBuilder, MatchersV3, ourDir);
      await writeXmlPact(
        pactJs.PactV3 as unknown as typeof PactV3,
        pactJs.XmlBuilder as unknown as Builder,
        pactJs.MatchersV3 as unknown as Matchers,
        theirDir,
      );
      const order = (id: string, sku: string) =>
        `<order id='${id}'><sku>${sku}</sku><note lang="en">fragile &amp; heavy</note></order>`;
      const good =
        `<?xml version="1.0"?><orders ` +
        `version="5">${order('77', 'PEN-2')}${order('78', 'INK-1')}${order('79', 'X')}</orders>`;
      const bad = `<orders version="five">${order('seven', 'PEN-2')}</orders>`;
      const files = [ourDir, theirDir].map((d) => path.join(d, 'xml-web-xml-api.json'));
      const verify = async (xml: string) => {
        const server = await xmlProvider(xml);
        try {
          return await new Verifier({
            provider: 'xml-api',
            providerBaseUrl: server.url,
            pactUrls: files,
            output: { write: () => true },
          }).verifyProvider();
        } finally {
          await server.close();
        }
      };
      expect(await verify(good)).toMatchObject({ success: true, summary: { interactions: 2, passed: 2 } });
      await expect(verify(bad)).rejects.toMatchObject({ code: 'TREATY_PROVIDER_VERIFICATION_FAILED' });
    },
    PACT_JS_TIMEOUT,
  );

  it('matches XML requests by the rules: other values pass, wrong types fail', async () => {
    const body = new XmlBuilder('1.0', 'UTF-8', 'order').build((el) => {
      el.setAttributes({ id: MatchersV3.regex(/\d+/, '12') });
      el.eachLike('line', {}, (l) => l.appendElement('sku', {}, MatchersV3.regex(/^[A-Z]+-\d+$/, 'BOOK-1')));
    });
    const post = (xml: string) => (url: string) =>
      fetch(`${url}/orders`, { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: xml });
    const run = (send: (url: string) => Promise<Response>) => {
      const pact = new PactV4({ consumer: 'xml-post-web', provider: 'xml-api', dir: tempDir() });
      return pact
        .addInteraction()
        .uponReceiving('an XML order')
        .withRequest('POST', '/orders', (b) => b.body('application/xml', Buffer.from(body)))
        .willRespondWith(201)
        .executeTest(async (server) => expect((await send(server.url)).status).toBe(201));
    };
    await run(
      post("<?xml version='1.0'?><order id='99'><line><sku>PEN-7</sku></line><line><sku>INK-2</sku></line></order>"),
    );
    await expect(run(post("<order id='x'><line><sku>pen</sku></line></order>"))).rejects.toMatchObject({
      code: 'TREATY_CONSUMER_MOCK_MISMATCH',
    });
  });
});
