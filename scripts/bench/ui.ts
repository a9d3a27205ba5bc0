/**
 * UI benchmark: seeds 1,000 services and 3,000 integrations (SQLite, written straight into the broker's tables),
 * then measures in Chromium the time to a usable integrations index and to a rendered, interactive network graph,
 * and the JavaScript each page loads (gzipped). Baseline in the same run: the same pages on a broker with 5 services.
 * Targets: index < 1 s, graph < 3 s, JS < 300 KB gzipped, graph library only on the graph page.
 * Run: npx tsx scripts/bench/ui.ts [--quick] [--screenshot]   (needs `npm run build` and /usr/bin/chromium;
 * --screenshot saves the large graph to docs/ui/graph-1000.jpg, a JPEG because a dense graph makes a large PNG)
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { buildBroker, startBroker } from '@treaty/broker';

const QUICK = process.argv.includes('--quick');
const SCREENSHOT = process.argv.includes('--screenshot')
  ? path.join(__dirname, '..', '..', 'docs', 'ui', 'graph-1000.jpg')
  : undefined;
const RUNS = QUICK ? 3 : 5;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

function pactJson(consumer: string, provider: string): string {
  return JSON.stringify({
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      {
        description: `get ${provider}`,
        request: { method: 'GET', path: '/things/1' },
        response: { status: 200, body: { id: 1 } },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  });
}

// A fixed pseudo-random sequence, so every run seeds the same network.
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

// Each service consumes 3 others, picked with a bias to low numbers (a few hubs, many leaves, as real networks):
// n services, 3n integrations; a third verified, a third failed, a third unverified.
function seed(file: string, services: number): void {
  const db = new Database(file);
  const now = new Date().toISOString();
  const insert = db.transaction(() => {
    const pacticipant = db.prepare(
      'INSERT INTO pacticipants (name, main_branch, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    const version = db.prepare(
      'INSERT INTO versions (pacticipant_id, number, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    const pactVersion = db.prepare(
      'INSERT INTO pact_versions (sha, consumer_id, provider_id, content, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const publication = db.prepare(
      'INSERT INTO pact_publications (consumer_version_id, provider_id, pact_version_id, revision, ' +
        'created_at) VALUES (?, ?, ?, 1, ?)',
    );
    const verification = db.prepare(
      'INSERT INTO verifications (number, pact_version_id, provider_version_id, success, created_at) ' +
        'VALUES (1, ?, ?, ?, ?)',
    );
    const ids: number[] = [];
    for (let i = 0; i < services; i++) {
      const id = Number(pacticipant.run(`service-${String(i).padStart(4, '0')}`, 'main', now, now).lastInsertRowid);
      ids.push(Number(version.run(id, '1.0.0', now, now).lastInsertRowid));
    }
    let k = 0;
    const random = lcg(42);
    for (let i = 0; i < services; i++) {
      const providers = new Set<number>();
      while (providers.size < Math.min(3, services - 1)) {
        const p = Math.floor(services * random() ** 3);
        if (p !== i) providers.add(p);
      }
      for (const p of providers) {
        const pv = Number(
          pactVersion.run(`sha-${i}-${p}`, i + 1, p + 1, pactJson(`service-${i}`, `service-${p}`), now).lastInsertRowid,
        );
        publication.run(ids[i], p + 1, pv, now);
        if (k % 3 !== 2) verification.run(pv, ids[p], k % 3 === 0 ? 1 : 0, now);
        k++;
      }
    }
  });
  insert();
  db.close();
}

async function brokerWith(services: number): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'treaty-ui-bench-'));
  const database = path.join(dir, 'broker.db');
  await (await buildBroker({ database })).close(); // migrate
  seed(database, services);
  const running = await startBroker({ database, port: 0 });
  return {
    url: running.url,
    close: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Load {
  ms: number;
  js: Map<string, number>;
}

// A fresh context each time: nothing cached, as a person opening the broker for the first time.
async function load(browser: Browser, url: string, ready: string, screenshot?: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const js = new Map<string, number>();
  const bodies: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!(response.headers()['content-type'] ?? '').includes('javascript')) return;
    bodies.push(response.body().then((body) => void js.set(new URL(response.url()).pathname, gzipSync(body).length)));
  });
  const started = performance.now();
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  const ms = performance.now() - started;
  if (screenshot) await page.screenshot({ path: screenshot, type: 'jpeg', quality: 70 });
  await Promise.all(bodies);
  await context.close();
  return { ms, js };
}

async function measure(browser: Browser, base: string, screenshot?: string): Promise<{ index: Load[]; graph: Load[] }> {
  const index: Load[] = [];
  const graph: Load[] = [];
  for (let i = 0; i < RUNS; i++) index.push(await load(browser, `${base}/`, 'table.grid tbody tr'));
  for (let i = 0; i < Math.max(2, RUNS - 2); i++)
    graph.push(await load(browser, `${base}/ui/graph`, '.graph[data-ready="true"]', i === 0 ? screenshot : undefined));
  return { index, graph };
}

async function apiMs(url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return median(times);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (js: Map<string, number>) => [...js.values()].reduce((a, b) => a + b, 0);

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.TREATY_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const small = await brokerWith(5);
  const large = await brokerWith(1000);
  try {
    const base = await measure(browser, small.url);
    const big = await measure(browser, large.url, SCREENSHOT);
    const row = (label: string, b: Load[], l: Load[], target: number) => {
      const [bm, lm] = [median(b.map((x) => x.ms)), median(l.map((x) => x.ms))];
      console.log(
        `  ${label.padEnd(22)} ${lm.toFixed(0).padStart(6)} ms  (5 services: ${bm.toFixed(0)} ms; ` +
          `ratio ${(lm / bm).toFixed(1)}x; target < ${target} ms) ${lm < target ? 'OK' : 'OVER'}`,
      );
    };
    console.log(`\nUI at 1,000 services / 3,000 integrations (SQLite, median of ${RUNS} cold loads in Chromium)`);
    row('usable index page', base.index, big.index, 1000);
    row('interactive graph', base.graph, big.graph, 3000);
    const [indexApi, graphApi] = [
      await apiMs(`${large.url}/ui/api/integrations`),
      await apiMs(`${large.url}/ui/api/graph`),
    ];
    console.log(
      `  of which the JSON       ${indexApi.toFixed(0).padStart(6)} ms for ` +
        `/ui/api/integrations, ${graphApi.toFixed(0)} ms for /ui/api/graph`,
    );
    const indexJs = big.index[0].js;
    const graphJs = big.graph[0].js;
    const graphChunkOnIndex = [...indexJs.keys()].some((name) => name.includes('graph-page'));
    console.log(
      `  JS on the index        ${kb(total(indexJs)).padStart(9)} gzipped in ${indexJs.size} files (graph ` +
        `library loaded: ${graphChunkOnIndex ? 'YES' : 'no'})`,
    );
    console.log(
      `  JS on the graph page   ${kb(total(graphJs)).padStart(9)} gzipped in ${graphJs.size} files (target ` +
        `< 300 KB) ${total(graphJs) < 300 * 1024 ? 'OK' : 'OVER'}`,
    );
  } finally {
    await browser.close();
    await small.close();
    await large.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
