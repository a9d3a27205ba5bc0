/**
 * Hub-scale broker benchmark (`scripts/bench/broker.ts --hub`): 1,000 pacticipants (500 consumers, each with pacts for
 * two
 * of 500 providers) x 1,000 versions, 10 environments, seeded with bulk SQL in one transaction per table, then
 * can-i-deploy latency (p50/p99) and publish throughput over HTTP beside a heartbeat baseline measured in the same run.
 * Targets: can-i-deploy p99 < 10 ms on SQLite, < 20 ms on PostgreSQL.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { startBroker, type StartBrokerOptions } from '@treaty/broker';

const PAIRS = 500;
const VERSIONS = 1000;
const ENVIRONMENTS = 10;
const GROUP = 100; // consecutive versions sharing one pact content
const AT = '2026-01-01T00:00:00.000Z';

/** The seeding statements, portable between SQLite and PostgreSQL (`nums` holds 1..1000). */
function seedStatements(): string[] {
  const consumerOf = 'CAST(SUBSTR(c.name, 10) AS INTEGER)';
  return [
    `INSERT INTO pacticipants (name, main_branch, created_at, updated_at)
      SELECT 'Consumer-' || CAST(n - 1 AS TEXT), 'main', '${AT}', '${AT}' FROM nums WHERE n <= ${PAIRS}
      UNION ALL SELECT 'Provider-' || CAST(n - 1 AS TEXT), 'main', '${AT}', '${AT}' FROM nums WHERE n <= ${PAIRS}`,
    `INSERT INTO versions (pacticipant_id, number, created_at, updated_at)
      SELECT p.id, '1.0.' || CAST(v.n AS TEXT), '${AT}', '${AT}' FROM pacticipants p CROSS JOIN nums v ORDER BY v.n,
      p.id`,
    `INSERT INTO environments (uuid, name, display_name, production, created_at, updated_at)
      SELECT 'env-' || CAST(n AS TEXT), 'env-' || CAST(n AS TEXT), NULL, CASE WHEN n = 1 THEN 1 ELSE 0 END, '${AT}',
      '${AT}' FROM nums WHERE n <= ${ENVIRONMENTS}`,
    // Each consumer i has pacts with Provider-i and Provider-(i+1): one content per group of 100 versions.
    `INSERT INTO pact_versions (sha, consumer_id, provider_id, content, created_at)
      SELECT 'sha-' || CAST(c.id AS TEXT) || '-' || CAST(pr.id AS TEXT) || '-' || CAST(g.n AS TEXT), c.id, pr.id,
        '{"consumer":{"name":"' || c.name || '"},"provider":{"name":"' || pr.name ||
        '"},"interactions":[],"metadata":{"pactSpecification":{"version":"3.0.0"}}}', '${AT}'
      FROM pacticipants c JOIN pacticipants pr ON pr.name IN ('Provider-' || CAST(${consumerOf} AS TEXT),
      'Provider-' || CAST((${consumerOf} + 1) % ${PAIRS} AS TEXT))
      CROSS JOIN nums g WHERE c.name LIKE 'Consumer-%' AND g.n <= ${VERSIONS / GROUP}`,
    `INSERT INTO pact_publications (consumer_version_id, provider_id, pact_version_id, revision, created_at)
      SELECT v.id, pv.provider_id, pv.id, 1, '${AT}' FROM versions v
      JOIN pact_versions pv ON pv.consumer_id = v.pacticipant_id
        AND pv.sha = 'sha-' || CAST(pv.consumer_id AS TEXT) || '-' || CAST(pv.provider_id
        AS TEXT) || '-' || CAST((CAST(SUBSTR(v.number, 5) AS INTEGER) - 1) / ${GROUP} + 1 AS TEXT)`,
    // The provider version that closes each group verifies that group's content (all succeed).
    `INSERT INTO verifications (number, pact_version_id, provider_version_id, success, created_at)
      SELECT 1, pv.id, v.id, 1, '${AT}' FROM pact_versions pv CROSS JOIN nums g
      JOIN versions v ON v.pacticipant_id = pv.provider_id AND v.number = '1.0.' || CAST(g.n * ${GROUP} AS TEXT)
      WHERE g.n <= ${VERSIONS / GROUP} AND pv.sha = 'sha-' || CAST(pv.consumer_id
      AS TEXT) || '-' || CAST(pv.provider_id AS TEXT) || '-' || CAST(g.n AS TEXT)`,
    // Every pacticipant: version 1.0.1000 currently deployed in every environment, two earlier ones undeployed.
    `INSERT INTO deployed_versions (uuid, version_id, pacticipant_id, environment_id, application_instance, created_at,
      undeployed_at)
      SELECT 'd-' || CAST(v.id AS TEXT) || '-' || CAST(e.id AS TEXT), v.id, v.pacticipant_id, e.id, NULL, '${AT}',
        CASE WHEN v.number = '1.0.${VERSIONS}' THEN NULL ELSE '${AT}' END
      FROM versions v CROSS JOIN environments e WHERE v.number IN ('1.0.${VERSIONS - 2}', '1.0.${VERSIONS - 1}',
      '1.0.${VERSIONS}')`,
  ];
}

const NUMS = `INSERT INTO nums (n) VALUES ${Array.from({ length: VERSIONS }, (_, i) => `(${i + 1})`).join(', ')}`;

async function seedSqlite(file: string): Promise<void> {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TEMP TABLE nums (n INTEGER PRIMARY KEY)');
  db.exec(NUMS);
  db.transaction(() => {
    for (const sql of seedStatements()) db.exec(sql);
  })();
  db.exec('ANALYZE');
  db.close();
}

/** Bulk-seed a migrated PostgreSQL database with the hub data set. */
export async function seedPostgres(url: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query('CREATE TEMP TABLE nums (n INTEGER PRIMARY KEY) ON COMMIT DROP');
    await db.query(NUMS);
    for (const sql of seedStatements()) await db.query(sql);
    await db.query('COMMIT');
    // A steady-state database, not one still flushing a million fresh rows: visibility map set, statistics current,
    // dirty pages written.
    await db.query('VACUUM ANALYZE');
    await db.query('CHECKPOINT');
  } finally {
    await db.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(urls: string[], base: string): Promise<{ p50: number; p99: number; perSecond: number }> {
  const times: number[] = [];
  const started = performance.now();
  for (const url of urls) {
    const t = performance.now();
    const response = await fetch(`${base}${url}`);
    await response.text();
    if (response.status !== 200) throw new Error(`GET ${url} → ${response.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    perSecond: urls.length / ((performance.now() - started) / 1000),
  };
}

async function publishRate(base: string, count: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < count) {
        const n = next++;
        const consumer = `Consumer-${n % PAIRS}`;
        const pact = {
          consumer: { name: consumer },
          provider: { name: `Provider-${n % PAIRS}` },
          interactions: [
            { description: `new ${n}`, request: { method: 'GET', path: `/x/${n}` }, response: { status: 200 } },
          ],
          metadata: { pactSpecification: { version: '3.0.0' } },
        };
        const response = await fetch(`${base}/contracts/publish`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            pacticipantName: consumer,
            pacticipantVersionNumber: `2.0.${n}`,
            branch: 'main',
            contracts: [
              {
                consumerName: consumer,
                providerName: pact.provider.name,
                specification: 'pact',
                contentType: 'application/json',
                content: Buffer.from(JSON.stringify(pact)).toString('base64'),
              },
            ],
          }),
        });
        await response.text();
        if (response.status !== 200) throw new Error(`publish → ${response.status}`);
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/** Migrate, bulk-seed and measure one database; prints the figures. */
export async function measureHub(label: string, options: StartBrokerOptions, samples: number): Promise<void> {
  const migrated = await startBroker({ ...options, port: 0, webhooks: { deliver: false } });
  await migrated.close();
  const seedStarted = performance.now();
  if (options.databaseUrl) await seedPostgres(options.databaseUrl);
  else await seedSqlite(options.database as string);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const broker = await startBroker({ ...options, port: 0, webhooks: { deliver: false } });
  try {
    const beat = await timed(Array(samples).fill('/diagnostic/status/heartbeat'), broker.url);
    const pick = (n: number) => Math.floor(Math.random() * n);
    const urls = Array.from({ length: samples }, (_, i) => {
      const who = i % 2 === 0 ? `Consumer-${pick(PAIRS)}` : `Provider-${pick(PAIRS)}`;
      return (
        `/can-i-deploy?pacticipant=${who}&version=1.0.${VERSIONS - pick(3)}&` +
        `environment=env-${1 + pick(ENVIRONMENTS)}`
      );
    });
    await timed(urls.slice(0, 20), broker.url); // warm-up
    const cid = await timed(urls, broker.url);
    const publishes = await publishRate(broker.url, Math.max(50, samples / 2));
    const target = options.databaseUrl ? 20 : 10;
    console.log(
      `\n${label} hub: ${PAIRS * 2} pacticipants x ${VERSIONS} versions (${PAIRS * 2 * VERSIONS} ` +
        `versions, ${PAIRS * VERSIONS * 2} publications), ${ENVIRONMENTS} environments; seeded ` +
        `in ${seedSeconds.toFixed(1)} s`,
    );
    console.log(
      `  can-i-deploy p50 ${cid.p50.toFixed(2)} ms, p99 ${cid.p99.toFixed(2)} ms (target < ${target} ` +
        `ms: ${cid.p99 < target ? 'met' : 'NOT met'}); heartbeat p50 ${beat.p50.toFixed(2)} ms, ` +
        `p99 ${beat.p99.toFixed(2)} ms`,
    );
    console.log(
      `  publish ${publishes.toFixed(0)} pacts/s; heartbeat ${beat.perSecond.toFixed(0)} req/s ` +
        `(ratio ${(beat.perSecond / publishes).toFixed(1)}x)`,
    );
  } finally {
    await broker.close();
  }
}
