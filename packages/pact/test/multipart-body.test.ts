import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pactJs from '@pact-foundation/pact';
import { flushPacts, PactV4 } from '@treaty/pact';

const png = path.join(__dirname, 'fixtures', 'pixel.png');

function upload(url: string, bytes: Buffer, type: string): Promise<Response> {
  const form = new FormData();
  form.append('logo', new Blob([bytes], { type }), 'logo.png');
  return fetch(`${url}/logos`, { method: 'POST', body: form });
}

function uploadInteraction(Pact: typeof PactV4, dir: string) {
  return new Pact({ consumer: 'upload-web', provider: 'upload-api', dir, logLevel: 'error' })
    .addInteraction()
    .uponReceiving('a logo upload')
    .withRequest('POST', '/logos', (b) => b.multipartBody('image/png', png, 'logo'))
    .willRespondWith(201);
}

interface RequestJson {
  headers: Record<string, string[]>;
  body: { contentType: string; encoded: string };
  matchingRules: unknown;
}

// pact-js loads its Rust core on first use, which is slow on a busy machine.
const PACT_JS_TIMEOUT = 30_000;

describe('multipartBody in the V4 request builder', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'treaty-multipart-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const readRequest = (dir: string): RequestJson =>
    JSON.parse(readFileSync(path.join(dir, 'upload-web-upload-api.json'), 'utf8')).interactions[0].request;

  it(
    'accepts the upload with any boundary and writes the rules pact-js writes',
    async () => {
      const dir = tempDir();
      await uploadInteraction(PactV4, dir).executeTest(async (server) => {
        expect((await upload(server.url, readFileSync(png), 'image/png')).status).toBe(201);
      });
      flushPacts();
      const theirsDir = tempDir();
      await uploadInteraction(pactJs.PactV4 as unknown as typeof PactV4, theirsDir).executeTest(async (server) => {
        expect((await upload(server.url, readFileSync(png), 'image/png')).status).toBe(201);
      });
      const ours = readRequest(dir);
      const theirs = readRequest(theirsDir);
      const withoutCombine = (rules: unknown) => JSON.parse(JSON.stringify(rules).replace(/"combine":"AND",?/g, ''));
      expect(ours.matchingRules).toEqual(withoutCombine(theirs.matchingRules));
      expect(ours.body).toMatchObject({ contentType: 'multipart/form-data', encoded: 'base64' });
      expect(ours.headers['Content-Type'][0]).toMatch(/^multipart\/form-data; boundary=\S+$/);
    },
    PACT_JS_TIMEOUT,
  );

  it('accepts another file of the same type, not only the example bytes', async () => {
    const otherPng = Buffer.concat([readFileSync(png), Buffer.from('trailing bytes of another image')]);
    await uploadInteraction(PactV4, tempDir()).executeTest(async (server) => {
      expect((await upload(server.url, otherPng, 'image/png')).status).toBe(201);
    });
  });

  it('fails when the part has another content type', async () => {
    const test = uploadInteraction(PactV4, tempDir()).executeTest(async (server) => {
      await upload(server.url, Buffer.from('just text'), 'text/plain');
    });
    await expect(test).rejects.toMatchObject({ code: 'TREATY_CONSUMER_MOCK_MISMATCH' });
  });
});
