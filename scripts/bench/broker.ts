/**
 * Broker benchmark: seeds 100 pacticipants (50 consumer/provider pairs) with 200 versions each, with pacts,
 * verifications and deployments through the HTTP API, then measures publish throughput, can-i-deploy latency
 * (p50/p99) and peak RSS, on SQLite and on PostgreSQL. Heartbeat latency/throughput in the same run is the baseline.
 * Run: npx tsx scripts/bench/broker.ts [--quick]
 * `--hub`: 1,000 pacticipants x 1,000 versions and 10 environments seeded with bulk SQL (see broker-hub.ts).
 */
import { startBroker, type StartBrokerOptions } from '@treaty/broker';
import { measureHub } from './broker-hub';
import { onEachDatabase } from './databases';

const QUICK = process.argv.includes('--quick');
const HUB = process.argv.includes('--hub');
const PAIRS = QUICK ? 5 : 50;
const VERSIONS = QUICK ? 20 : 200;
const SAMPLES = QUICK ? 100 : 400;
const CONCURRENCY = 8;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
sampler.unref();

function pact(consumer: string, provider: string, variant: number): Record<string, unknown> {
  return {
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: Array.from({ length: 5 }, (_, k) => ({
      description: `get order ${k} v${variant}`,
      providerStates: [{ name: 'orders exist' }],
      request: { method: 'GET', path: `/orders/${k}`, query: { variant: [String(variant)] } },
      response: {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: { id: k, items: [{ sku: 'A', qty: variant }] },
      },
    })),
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

async function call(base: string, method: string, url: string, body?: unknown): Promise<any> {
  const response = await fetch(url.startsWith('http') ? url : `${base}${url}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${method} ${url} → ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

async function pool<T>(items: T[], fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function latencies(base: string, urls: string[]): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    await call(base, 'GET', url);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function seed(base: string): Promise<number> {
  const env = await call(base, 'POST', '/environments', { name: 'production', production: true });
  const jobs = Array.from({ length: PAIRS * VERSIONS }, (_, n) => ({
    pair: n % PAIRS,
    version: Math.floor(n / PAIRS),
  }));
  const started = performance.now();
  await pool(jobs, async ({ pair, version }) => {
    const consumer = `Consumer-${pair}`;
    const content = Buffer.from(JSON.stringify(pact(consumer, `Provider-${pair}`, Math.floor(version / 10)))).toString(
      'base64',
    );
    await call(base, 'POST', '/contracts/publish', {
      pacticipantName: consumer,
      pacticipantVersionNumber: `1.0.${version}`,
      branch: 'main',
      contracts: [
        {
          consumerName: consumer,
          providerName: `Provider-${pair}`,
          specification: 'pact',
          contentType: 'application/json',
          content,
        },
      ],
    });
  });
  const publishSeconds = (performance.now() - started) / 1000;
  await pool(jobs, async ({ pair, version }) => {
    const fetched = await call(
      base,
      'GET',
      `/pacts/provider/Provider-${pair}/consumer/Consumer-${pair}/version/1.0.${version}`,
    );
    await call(base, 'POST', fetched._links['pb:publish-verification-results'].href, {
      success: version % 17 !== 0,
      providerApplicationVersion: `2.0.${version}`,
    });
    if (version % 20 === 0 || version === VERSIONS - 1) {
      await call(
        base,
        'POST',
        `/pacticipants/Provider-${pair}/versions/2.0.${version}/deployed-versions/environment/${env.uuid}`,
        {},
      );
      await call(
        base,
        'POST',
        `/pacticipants/Consumer-${pair}/versions/1.0.${version}/deployed-versions/environment/${env.uuid}`,
        {},
      );
    }
  });
  return jobs.length / publishSeconds;
}

async function measure(label: string, options: StartBrokerOptions): Promise<void> {
  if (HUB) return measureHub(label, options, SAMPLES);
  peakRss = process.memoryUsage().rss;
  const broker = await startBroker({ ...options, port: 0, webhooks: { deliver: false } });
  try {
    const heartbeatStarted = performance.now();
    const beat = await latencies(broker.url, Array(SAMPLES).fill('/diagnostic/status/heartbeat'));
    const heartbeatPerSecond = SAMPLES / ((performance.now() - heartbeatStarted) / 1000);
    const publishesPerSecond = await seed(broker.url);
    const pick = (n: number) => Math.floor(Math.random() * n);
    const urls = Array.from({ length: SAMPLES }, (_, i) => {
      const pair = pick(PAIRS);
      const version = VERSIONS - 1 - pick(Math.min(20, VERSIONS));
      return i % 2 === 0
        ? `/can-i-deploy?pacticipant=Consumer-${pair}&version=1.0.${version}&environment=production`
        : `/can-i-deploy?pacticipant=Provider-${pair}&version=2.0.${version}&environment=production`;
    });
    const cid = await latencies(broker.url, urls);
    console.log(`\n${label}: ${PAIRS * 2} pacticipants x ${VERSIONS} versions`);
    console.log(
      `  publish throughput   ${publishesPerSecond.toFixed(0).padStart(7)} pacts/s   ` +
        `(heartbeat ${heartbeatPerSecond.toFixed(0)} req/s; ` +
        `ratio ${(heartbeatPerSecond / publishesPerSecond).toFixed(1)}x slower)`,
    );
    console.log(
      `  can-i-deploy p50     ${cid.p50.toFixed(2).padStart(7)} ms       (heartbeat ` +
        `p50 ${beat.p50.toFixed(2)} ms; ratio ${(cid.p50 / beat.p50).toFixed(1)}x)`,
    );
    console.log(
      `  can-i-deploy p99     ${cid.p99.toFixed(2).padStart(7)} ms       (heartbeat ` +
        `p99 ${beat.p99.toFixed(2)} ms; ratio ${(cid.p99 / beat.p99).toFixed(1)}x; target < 20 ms on SQLite)`,
    );
    console.log(`  peak RSS             ${(peakRss / 1024 / 1024).toFixed(0).padStart(7)} MiB`);
  } finally {
    await broker.close();
  }
}

async function main(): Promise<void> {
  await onEachDatabase((label, location) => measure(label, location));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
