import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyProvider, type VerificationReport } from '@treaty/provider';

// Responses are judged in batches (by count and by body bytes): results must still come in pact order, each with its
// own mismatches, however the batches fall.
const WRONG = new Set([3, 63, 64, 65, 140]);
const BIG = 600_000;

let dir: string;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'treaty-many-'));
  server = createServer((req, res) => {
    const [, kind, index] = /^\/(items|big)\/(\d+)$/.exec(req.url ?? '') ?? [];
    const i = Number(index);
    const text = kind === 'big' ? (i === 7 ? 'y' : 'x').repeat(BIG) : JSON.stringify({ n: WRONG.has(i) ? 'x' : i });
    res.writeHead(200, { 'Content-Type': kind === 'big' ? 'text/plain' : 'application/json' });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function writePact(name: string, interactions: unknown[]): string {
  const file = join(dir, `${name}.json`);
  const metadata = { pactSpecification: { version: '3.0.0' } };
  writeFileSync(file, JSON.stringify({ consumer: { name }, provider: { name: 'many-api' }, interactions, metadata }));
  return file;
}

// The report, whether the verification passed or failed.
function reportOf(file: string): Promise<VerificationReport> {
  return verifyProvider({ providerBaseUrl: url, pactUrls: [file], reporters: [] }).catch(
    (error: { details: { report: VerificationReport } }) => error.details.report,
  );
}

describe('verifying pacts with many interactions', () => {
  it('reports every interaction in pact order, failing exactly the wrong ones', async () => {
    const interactions = Array.from({ length: 150 }, (_v, i) => ({
      description: `item ${i}`,
      request: { method: 'GET', path: `/items/${i}` },
      response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { n: i } },
    }));
    const report = await reportOf(writePact('items-web', interactions));
    const results = report.pacts[0].interactions;
    expect(results.map((r) => r.description)).toEqual(interactions.map((i) => i.description));
    expect(results.filter((r) => !r.success).map((r) => r.description)).toEqual([...WRONG].map((i) => `item ${i}`));
    expect(results[64].mismatches).toEqual([expect.objectContaining({ path: '$.n', expected: 64, actual: 'x' })]);
    expect(report.summary).toMatchObject({ interactions: 150, passed: 145, failed: 5 });
  });

  it('judges large bodies in order too', async () => {
    const interactions = Array.from({ length: 10 }, (_v, i) => ({
      description: `big ${i}`,
      request: { method: 'GET', path: `/big/${i}` },
      response: { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'x'.repeat(BIG) },
    }));
    const report = await reportOf(writePact('big-web', interactions));
    const results = report.pacts[0].interactions;
    expect(results.map((r) => r.description)).toEqual(interactions.map((i) => i.description));
    expect(results.map((r) => r.success)).toEqual(interactions.map((_v, i) => i !== 7));
  });
});
