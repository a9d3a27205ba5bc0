/**
 * Provider verification speed: one pact of 1000 HTTP interactions (JSON bodies of about 1 KB with matching rules)
 * against a fast local provider, verified by the official pact-js `Verifier` and by Treaty's `verifyProvider` in one
 * run, with a plain keep-alive request loop (request, read, JSON.parse) as the floor.
 * Run with `npx tsx scripts/bench/verify.ts` after `npx tsc -b`. Pass `--no-official` to skip pact-js.
 * The ratio depends on where the scheduler puts the client and the provider: on two CPUs judging overlaps the
 * provider's work; `taskset -c 0 npx tsx scripts/bench/verify.ts` measures both on one CPU, the harder case.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyProvider } from '@treaty/provider';
import { bestOfInterleaved, startProviderProcess, time } from './support';

const COUNT = 1000;
const ROUNDS = 5;
// A verification run allocates a parsed pact of some MB: the heap and the JIT settle over a few runs (the floor's
// within one), so both get three runs before they are timed.
const WARMUPS = 3;

/** An order-like body of about 1 KB for interaction `i` (`variant` changes the values, not the types). */
function body(i: number, variant: number): Record<string, unknown> {
  const items = Array.from({ length: 12 }, (_v, k) => ({
    sku: `SKU-${i}-${k + variant}`,
    quantity: k + 1 + variant,
    price: 1.25 * (k + 1) + variant,
    note: `line ${k} of order ${i}`,
  }));
  return {
    id: i + variant,
    status: variant ? 'shipped' : 'pending',
    customer: { name: `Customer ${i}`, email: `c${i}@example.com` },
    items,
    total: 99.5 + variant,
    tags: ['a', 'b'],
  };
}

function interaction(i: number): Record<string, unknown> {
  return {
    description: `get order ${i}`,
    providerStates: [],
    request: { method: 'GET', path: `/orders/${i}`, headers: { Accept: 'application/json' } },
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: body(i, 0),
      matchingRules: {
        body: {
          '$.id': { combine: 'AND', matchers: [{ match: 'integer' }] },
          '$.status': { combine: 'AND', matchers: [{ match: 'regex', regex: '^(pending|shipped|cancelled)$' }] },
          '$.customer': { combine: 'AND', matchers: [{ match: 'type' }] },
          '$.items': { combine: 'AND', matchers: [{ match: 'type', min: 1 }] },
          '$.items[*].sku': { combine: 'AND', matchers: [{ match: 'regex', regex: '^SKU-\\d+-\\d+$' }] },
          '$.items[*].quantity': { combine: 'AND', matchers: [{ match: 'integer' }] },
          '$.items[*].price': { combine: 'AND', matchers: [{ match: 'number' }] },
          '$.items[*].note': { combine: 'AND', matchers: [{ match: 'type' }] },
          '$.total': { combine: 'AND', matchers: [{ match: 'number' }] },
          '$.tags': { combine: 'AND', matchers: [{ match: 'type', min: 1 }] },
        },
      },
    },
  };
}

function writePact(dir: string): string {
  const pact = {
    consumer: { name: 'bench-web' },
    provider: { name: 'bench-api' },
    interactions: Array.from({ length: COUNT }, (_v, i) => interaction(i)),
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
  const file = join(dir, 'bench-web-bench-api.json');
  writeFileSync(file, JSON.stringify(pact));
  return file;
}

/** The provider runs in its own process, as a real one would (and so its CPU time is not charged to the client). */
const PROVIDER_SCRIPT = `
const { createServer } = require('node:http');
const body = ${body.toString()};
const bodies = Array.from({ length: ${COUNT} }, (_v, i) => JSON.stringify(body(i, 1)));
const server = createServer((req, res) => {
  const m = /^\\/orders\\/(\\d+)$/.exec(req.url || '');
  const text = m ? bodies[Number(m[1])] : undefined;
  if (text === undefined) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

/** The floor: the same 1000 requests through one keep-alive agent, reading and parsing each body. */
async function floor(url: string): Promise<void> {
  const agent = new Agent({ keepAlive: true });
  const { hostname, port } = new URL(url);
  for (let i = 0; i < COUNT; i++) {
    await new Promise<void>((resolve, reject) => {
      const req = request(
        { hostname, port, path: `/orders/${i}`, agent, headers: { Accept: 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => (JSON.parse(Buffer.concat(chunks).toString('utf8')), resolve()));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }
  agent.destroy();
}

async function official(url: string, file: string): Promise<void> {
  // Loaded only when measured: pact-js loads its native core on import.
  const { Verifier } = await import('@pact-foundation/pact');
  await new Verifier({
    provider: 'bench-api',
    providerBaseUrl: url,
    pactUrls: [file],
    logLevel: 'error',
  }).verifyProvider();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-bench-verify-'));
  const file = writePact(dir);
  const started = await startProviderProcess(PROVIDER_SCRIPT);
  const provider = { url: `http://127.0.0.1:${started.port}`, close: started.close };
  try {
    const ours = () =>
      verifyProvider({ provider: 'bench-api', providerBaseUrl: provider.url, pactUrls: [file], reporters: [] });
    const { floorMs, oursMs } = await bestOfInterleaved(
      ROUNDS,
      { label: 'keep-alive loop (floor)', run: () => floor(provider.url) },
      { label: 'treaty verifyProvider', run: ours },
      WARMUPS,
    );
    const officialMs = process.argv.includes('--no-official')
      ? undefined
      : await time('pact-js Verifier (official)', () => official(provider.url, file));
    process.stdout.write(`\n${COUNT} interactions, ~${JSON.stringify(body(0, 0)).length} B bodies\n`);
    process.stdout.write(
      `treaty / floor:    ${(oursMs / floorMs).toFixed(2)}x (best of ${ROUNDS} each; target ≤ 1.35x)\n`,
    );
    if (officialMs !== undefined)
      process.stdout.write(`official / treaty: ${(officialMs / oursMs).toFixed(1)}x faster\n`);
  } finally {
    await provider.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
