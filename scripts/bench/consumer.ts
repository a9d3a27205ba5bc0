/**
 * Consumer benchmark: 200 interactions, each `addInteraction … executeTest` with one real HTTP call,
 * and the pact written, with @pact-foundation/pact and with Treaty in one run.
 * Run: npx tsx scripts/bench/consumer.ts [interactions]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pactJs from '@pact-foundation/pact';
import * as treaty from '@treaty/pact';

type PactModule = typeof treaty;

// node:http rather than fetch: undici's per-origin pool setup would dominate both sides (each test has a new port).
function getJson(url: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false, headers: { Accept: 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    }).on('error', reject);
  });
}

const COUNT = Number(process.argv[2] ?? 200);

async function run(mod: PactModule, dir: string): Promise<void> {
  const M = mod.MatchersV3;
  const pact = new mod.PactV4({ consumer: 'bench-web', provider: 'bench-api', dir, logLevel: 'error' });
  for (let i = 0; i < COUNT; i++) {
    await pact
      .addInteraction()
      .given('an order exists', { id: i })
      .uponReceiving(`a request for order ${i}`)
      .withRequest('GET', `/orders/${i}`, (b) => b.headers({ Accept: 'application/json' }))
      .willRespondWith(200, (b) =>
        b.jsonBody({ id: M.integer(i), status: M.string('pending'), items: M.eachLike({ sku: M.string('A-1'), quantity: M.integer(1) }) }),
      )
      .executeTest(async (server) => {
        const res = await getJson(`${server.url}/orders/${i}`);
        if (res.status !== 200) throw new Error(`status ${res.status}`);
      });
  }
  if (mod === treaty) treaty.flushPacts();
}

async function time(name: string, mod: PactModule): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-consumer-'));
  const started = performance.now();
  await run(mod, dir);
  const ms = performance.now() - started;
  const written = JSON.parse(readFileSync(path.join(dir, 'bench-web-bench-api.json'), 'utf8'));
  if (written.interactions.length !== COUNT) throw new Error(`${name} wrote ${written.interactions.length} interactions`);
  rmSync(dir, { recursive: true, force: true });
  console.log(`${name.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms  (${(ms / COUNT).toFixed(2)} ms per interaction)`);
  return ms;
}

async function main(): Promise<void> {
  console.log(`${COUNT} interactions, each with one HTTP call, pact written (V4)`);
  await time('warm-up treaty', treaty);
  const baseline = await time('@pact-foundation/pact', pactJs as unknown as PactModule);
  const ours = await time('@treaty/pact', treaty);
  console.log(`ratio: Treaty is ${(baseline / ours).toFixed(1)}x faster`);
}

void main();
