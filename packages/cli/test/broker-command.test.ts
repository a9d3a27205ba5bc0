import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTreaty } from './support/run-treaty';

jest.setTimeout(30_000);

const dir = mkdtempSync(join(tmpdir(), 'treaty-broker-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('treaty broker', () => {
  it('starts a broker on a SQLite file, serves the Pact Broker index, and stops cleanly on SIGTERM', async () => {
    const database = join(dir, 'broker.db');
    const broker = await startTreaty(['broker', '--port', '0', '--database', database]);
    try {
      const heartbeat = await fetch(`${broker.url}/diagnostic/status/heartbeat`);
      expect(heartbeat.status).toBe(200);
      const index = (await (await fetch(`${broker.url}/`, { headers: { accept: 'application/hal+json' } })).json()) as {
        _links: Record<string, unknown>;
      };
      expect(index._links).toHaveProperty('pb:publish-contracts');
      expect(existsSync(database)).toBe(true);
    } finally {
      const run = await broker.stop();
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
    }
  });

  it('requires a token for writes when --token is given', async () => {
    const broker = await startTreaty([
      'broker',
      '--port',
      '0',
      '--database',
      join(dir, 'auth.db'),
      '--token',
      'secret',
    ]);
    try {
      const body = JSON.stringify({ name: 'qa', displayName: 'QA', production: false });
      const denied = await fetch(`${broker.url}/environments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(denied.status).toBe(401);
      const allowed = await fetch(`${broker.url}/environments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer secret' },
        body,
      });
      expect(allowed.status).toBe(201);
    } finally {
      await broker.stop();
    }
  });
});
