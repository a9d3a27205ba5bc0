import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A fresh process per check: which drivers are in require.cache after the broker starts on one database.
const dir = mkdtempSync(join(tmpdir(), 'treaty-lazy-drivers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loadedDrivers(startOptions: string): string[] {
  const script =
    `
    const { startBroker } = require('@treaty/broker');
    const loaded = () => Object.keys(require.cache).filter((f) => ` +
    `/node_modules[\\\\/](better-sqlite3|pg)[\\\\/]/.test(f))
      .map((f) => /node_modules[\\\\/](better-sqlite3|pg)[\\\\/]/.exec(f)[1]);
    const before = loaded().length;
    startBroker(${startOptions}).then(async (broker) => {
      await broker.close();
      console.log(JSON.stringify({ before, after: [...new Set(loaded())] }));
    }, (error) => console.log(JSON.stringify({ before, after: [...new Set(loaded())], error: error.message })));`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8', timeout: 30_000 });
  const answer = JSON.parse(run.stdout) as { before: number; after: string[] };
  expect(answer.before).toBe(0);
  return answer.after;
}

describe('the broker loads only the database driver it uses', () => {
  it('loads better-sqlite3 and not pg for a SQLite file', () => {
    expect(loadedDrivers(`{ port: 0, database: ${JSON.stringify(join(dir, 'b.db'))} }`)).toEqual(['better-sqlite3']);
  });

  it('loads pg and not better-sqlite3 for a PostgreSQL URL (whether or not a server answers)', () => {
    expect(loadedDrivers(`{ port: 0, databaseUrl: 'postgres://postgres@127.0.0.1:1/none' }`)).toEqual(['pg']);
  });
});
