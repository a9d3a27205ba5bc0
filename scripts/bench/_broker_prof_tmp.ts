import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startBroker } from '@treaty/broker';
const { openPostgresDatabase } = require('../../broker/dist/storage/postgres/postgres-database');
const { queryMatrix } = require('../../broker/dist/services/matrix');

const ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';
async function admin(sql: string) { const c = new Client(ADMIN); await c.connect(); await c.query(sql); await c.end(); }
async function call(base: string, method: string, url: string, body?: unknown): Promise<any> {
  const r = await fetch(url.startsWith('http') ? url : base + url, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  const t = await r.text(); if (r.status >= 400) throw new Error(t); return t ? JSON.parse(t) : undefined;
}
(async () => {
  const name = `treaty_prof_${randomBytes(3).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  try {
    const b = await startBroker({ port: 0, databaseUrl: url, webhooks: { deliver: false } });
    const env = await call(b.url, 'POST', '/environments', { name: 'production', production: true });
    for (let v = 0; v < 200; v++) {
      const pact = { consumer: { name: 'C' }, provider: { name: 'P' }, interactions: [{ description: `x${Math.floor(v / 10)}`, request: { method: 'GET', path: '/' }, response: { status: 200 } }], metadata: { pactSpecification: { version: '3.0.0' } } };
      await call(b.url, 'POST', '/contracts/publish', { pacticipantName: 'C', pacticipantVersionNumber: `1.0.${v}`, branch: 'main', contracts: [{ consumerName: 'C', providerName: 'P', specification: 'pact', contentType: 'application/json', content: Buffer.from(JSON.stringify(pact)).toString('base64') }] });
      const f = await call(b.url, 'GET', `/pacts/provider/P/consumer/C/version/1.0.${v}`);
      await call(b.url, 'POST', f._links['pb:publish-verification-results'].href, { success: true, providerApplicationVersion: `2.0.${v}` });
      if (v % 20 === 0 || v === 199) {
        await call(b.url, 'POST', `/pacticipants/P/versions/2.0.${v}/deployed-versions/environment/${env.uuid}`, {});
        await call(b.url, 'POST', `/pacticipants/C/versions/1.0.${v}/deployed-versions/environment/${env.uuid}`, {});
      }
    }
    await b.close();
    const db = openPostgresDatabase({ connectionString: url });
    const stats = new Map<string, { n: number; ms: number }>();
    const wrap = (d: any): any => ({ ...d, dialect: d.dialect,
      all: async (s: string, p: any) => { const t = performance.now(); try { return await d.all(s, p); } finally { const e = stats.get(s) ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - t; stats.set(s, e); } },
      get: async (s: string, p: any) => { const t = performance.now(); try { return await d.get(s, p); } finally { const e = stats.get(s) ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - t; stats.set(s, e); } },
      run: d.run, transaction: (fn: any) => d.transaction((tx: any) => fn(wrap(tx))) });
    const w = wrap(db);
    for (const [who, ver] of [['C', '1.0.195'], ['P', '2.0.195']]) {
      stats.clear();
      const t = performance.now();
      for (let i = 0; i < 10; i++) await queryMatrix(w, { selectors: [{ pacticipant: who, version: ver }], ignore: [], latestby: 'cvpv', environment: 'production' });
      console.log(who, 'per query', ((performance.now() - t) / 10).toFixed(2), 'ms');
      for (const [s, e] of [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6)) console.log(`  ${(e.n / 10).toFixed(0)}x ${(e.ms / 10).toFixed(2)}ms  ${s.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    await db.close();
  } finally { await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); }
})();
