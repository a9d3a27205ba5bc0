/**
 * Long reliability run (on demand, not in CI): 50 clients publish pacts and record deployments against the real
 * `treaty-broker` bin while it is SIGKILLed three times, on SQLite and on PostgreSQL. Prints load figures, restart
 * times and acknowledged writes against writes found in the database afterwards (lost = acknowledged but absent).
 * Run: npx tsx scripts/reliability/long.ts [--seconds 60] [--clients 50]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { onEachDatabase } from '../bench/databases';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SECONDS = arg('seconds', 60);
const CLIENTS = arg('clients', 50);
const KILLS = 3;
const BIN = path.join(__dirname, '..', '..', 'broker', 'bin', 'treaty-broker.js');

interface Phase {
  child: ChildProcess;
  url: string;
  startedInMs: number;
}

function start(where: string[]): Promise<Phase> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, '--port', '0', ...where], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1], startedInMs: performance.now() - started });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk));
    child.once('exit', (code) => reject(new Error(`broker exited ${code}: ${out}`)));
  });
}

function pactContent(consumer: string, n: number): string {
  const pact = {
    consumer: { name: consumer },
    provider: { name: 'Orders' },
    interactions: [
      {
        description: `get ${n}`,
        request: { method: 'GET', path: `/orders/${n}` },
        response: { status: 200, body: { id: n } },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
  return Buffer.from(JSON.stringify(pact)).toString('base64');
}

interface Load {
  acknowledged: Set<string>;
  requests: number;
  errors: number;
  serverErrors: number;
  latencies: number[];
}

async function client(
  base: () => string,
  id: number,
  until: () => boolean,
  load: Load,
  counter: { n: number },
): Promise<void> {
  const consumer = `Load-${id}`;
  while (!until()) {
    const n = counter.n++;
    const version = `v${n}`;
    const started = performance.now();
    try {
      const response = await fetch(`${base()}/contracts/publish`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          pacticipantName: consumer,
          pacticipantVersionNumber: version,
          contracts: [
            {
              consumerName: consumer,
              providerName: 'Orders',
              specification: 'pact',
              contentType: 'application/json',
              content: pactContent(consumer, n),
            },
          ],
        }),
      });
      await response.text();
      load.requests++;
      load.latencies.push(performance.now() - started);
      if (response.status === 200) load.acknowledged.add(`${consumer}/${version}`);
      else if (response.status >= 500) load.serverErrors++;
    } catch {
      load.errors++; // the broker was killed: not acknowledged
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

async function stored(location: { file?: string; url?: string }): Promise<Set<string>> {
  const sql = `SELECT p.name AS consumer, v.number AS version FROM pact_publications pp JOIN versions v
    ON v.id = pp.consumer_version_id
    JOIN pacticipants p ON p.id = v.pacticipant_id`;
  let rows: { consumer: string; version: string }[];
  if (location.file) {
    const db = new BetterSqlite3(location.file, { readonly: true });
    rows = db.prepare(sql).all() as typeof rows;
    db.close();
  } else {
    const db = new Client({ connectionString: location.url });
    await db.connect();
    rows = (await db.query(sql)).rows;
    await db.end();
  }
  return new Set(rows.map((row) => `${row.consumer}/${row.version}`));
}

async function run(label: string, where: string[], location: { file?: string; url?: string }): Promise<void> {
  const load: Load = { acknowledged: new Set(), requests: 0, errors: 0, serverErrors: 0, latencies: [] };
  const restarts: number[] = [];
  let phase = await start(where);
  const counter = { n: 0 };
  const began = performance.now();
  let done = false;
  const clients = Array.from({ length: CLIENTS }, (_, id) =>
    client(
      () => phase.url,
      id,
      () => done,
      load,
      counter,
    ),
  );
  for (let kill = 0; kill < KILLS; kill++) {
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / (KILLS + 1)));
    phase.child.kill('SIGKILL');
    phase = await start(where);
    restarts.push(phase.startedInMs);
  }
  await new Promise((r) => setTimeout(r, (SECONDS * 1000) / (KILLS + 1)));
  done = true;
  await Promise.all(clients);
  const elapsed = (performance.now() - began) / 1000;
  phase.child.kill('SIGTERM');
  await new Promise((r) => phase.child.once('exit', r));
  const found = await stored(location);
  const lost = [...load.acknowledged].filter((key) => !found.has(key));
  const sorted = [...load.latencies].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
  console.log(`\n${label}: ${CLIENTS} clients, ${elapsed.toFixed(0)} s, ${KILLS} SIGKILLs`);
  console.log(
    `  answered requests     ${load.requests} (${(load.requests / elapsed).toFixed(0)}/s), p50 ${p(0.5)} ` +
      `ms, p99 ${p(0.99)} ms`,
  );
  console.log(`  5xx answers           ${load.serverErrors}`);
  console.log(`  connection failures   ${load.errors} (while the broker was down)`);
  console.log(`  restart to listening  ${restarts.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`);
  console.log(`  acknowledged writes   ${load.acknowledged.size}`);
  console.log(`  lost writes           ${lost.length}${lost.length ? ` (e.g. ${lost.slice(0, 5).join(', ')})` : ''}`);
  if (lost.length || load.serverErrors) process.exitCode = 1;
}

async function main(): Promise<void> {
  await onEachDatabase((label, { database, databaseUrl }) =>
    database
      ? run(label, ['--database', database], { file: database })
      : run(label, ['--database-url', databaseUrl!], { url: databaseUrl }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
