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
import { bestOfInterleaved, time } from './support';

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

// pact-js checks what its Rust mock server received right after the test function resolves; on a
// loaded machine the server sometimes has not recorded the request yet ("expected but not received").
// Such an interaction is run again; the retries are reported and the failed attempts' time is not counted.
let retries = 0;

async function oneInteraction(mod: PactModule, pact: InstanceType<PactModule['PactV4']>, i: number): Promise<void> {
  const M = mod.MatchersV3;
  await pact
    .addInteraction()
    .given('an order exists', { id: i })
    .uponReceiving(`a request for order ${i}`)
    .withRequest('GET', `/orders/${i}`, (b) => b.headers({ Accept: 'application/json' }))
    .willRespondWith(200, (b) =>
      b.jsonBody({
        id: M.integer(i),
        status: M.string('pending'),
        items: M.eachLike({ sku: M.string('A-1'), quantity: M.integer(1) }),
      }),
    )
    .executeTest(async (server) => {
      const res = await getJson(`${server.url}/orders/${i}`);
      if (res.status !== 200) throw new Error(`status ${res.status}`);
    });
}

/** Run `count` interactions; returns the wall time less the time of failed (retried) attempts. */
async function run(mod: PactModule, dir: string, count = COUNT): Promise<number> {
  const started = performance.now();
  let wasted = 0;
  const pact = new mod.PactV4({ consumer: 'bench-web', provider: 'bench-api', dir, logLevel: 'error' });
  for (let i = 0; i < count; i++) {
    for (let attempt = 1; ; attempt++) {
      const attemptStarted = performance.now();
      try {
        await oneInteraction(mod, pact, i);
        break;
      } catch (error) {
        if (mod === treaty || attempt >= 5 || !/expected but not received/.test(String(error))) throw error;
        retries++;
        wasted += performance.now() - attemptStarted;
      }
    }
  }
  if (mod === treaty) treaty.flushPacts();
  return performance.now() - started - wasted;
}

/** One run of `count` interactions into a fresh directory; checks the pact file holds every interaction. */
async function runChecked(name: string, mod: PactModule, count = COUNT): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-consumer-'));
  try {
    const ms = await run(mod, dir, count);
    const written = JSON.parse(readFileSync(path.join(dir, 'bench-web-bench-api.json'), 'utf8'));
    if (written.interactions.length !== count)
      throw new Error(`${name} wrote ${written.interactions.length} interactions`);
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROUNDS = 5;

async function main(): Promise<void> {
  console.log(`${COUNT} interactions, each with one HTTP call, pact written (V4); both warmed up, best of ${ROUNDS}`);
  const { floorMs: baseline, oursMs: ours } = await bestOfInterleaved(
    ROUNDS,
    { label: '@pact-foundation/pact', run: () => runChecked('pact-js', pactJs as unknown as PactModule) },
    { label: '@treaty/pact', run: () => runChecked('treaty', treaty) },
  );
  if (retries)
    console.log(`  (pact-js: ${retries} attempt(s) repeated after its mock server missed a request; not timed)`);
  console.log(`per interaction: pact-js ${(baseline / COUNT).toFixed(2)} ms, Treaty ${(ours / COUNT).toFixed(2)} ms`);
  console.log(`ratio: Treaty is ${(baseline / ours).toFixed(1)}x faster`);
  // The cost of one interaction should not grow with the size of the pact.
  let large = Infinity;
  for (let round = 0; round < ROUNDS; round++)
    large = Math.min(large, await time('@treaty/pact (5x larger)', () => runChecked('treaty', treaty, COUNT * 5)));
  console.log(
    `Treaty per-interaction cost at ${COUNT * 5} vs ${COUNT} interactions: ${(large / 5 / ours).toFixed(2)}x`,
  );
}

void main();
