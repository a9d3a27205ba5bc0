import { describeEachDialect, type TestDatabase } from './support/databases';
import { openStorage, type Database } from './support/storage';
import * as queue from '../src/storage/repositories/webhook-deliveries';

describeEachDialect('webhook delivery queue', (dialect) => {
  let handle: TestDatabase;
  let dbs: Database[] = [];

  beforeAll(async () => {
    handle = await dialect.create();
    // Two connections (pools) on one database, as two broker processes have.
    dbs = [(await openStorage(handle.location)).db, (await openStorage(handle.location)).db];
  });
  afterAll(async () => {
    await Promise.all(dbs.map((db) => db.close()));
    await handle?.drop();
  });

  it('never hands the same due delivery to two claimers', async () => {
    for (let i = 0; i < 60; i++) await queue.insertDelivery(dbs[0], 'hook-1', 'contract_published', { i });
    const claimed: number[] = [];
    const claimer = async (db: Database) => {
      for (;;) {
        const rows = await queue.claimDueDeliveries(db, 7, 60_000);
        if (rows.length === 0) return;
        claimed.push(...rows.map((r) => r.id));
        for (const row of rows) expect(await queue.finishDelivery(db, row, { status: 'succeeded' })).toBe(true);
      }
    };
    await Promise.all([claimer(dbs[0]), claimer(dbs[1]), claimer(dbs[0]), claimer(dbs[1])]);
    expect(claimed).toHaveLength(60);
    expect(new Set(claimed).size).toBe(60);
  });

  it('reclaims a delivery whose claim expired (a crashed process) and ignores the stale claimer', async () => {
    await queue.insertDelivery(dbs[0], 'hook-2', 'contract_published', {});
    const [first] = await queue.claimDueDeliveries(dbs[0], 1, 60_000);
    expect(await queue.claimDueDeliveries(dbs[1], 1, 60_000)).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    const [again] = await queue.claimDueDeliveries(dbs[1], 1, 1);
    expect(again.id).toBe(first.id);
    expect(again.attempts).toBe(2);
    expect(await queue.finishDelivery(dbs[0], first, { status: 'succeeded' })).toBe(false);
    expect(await queue.finishDelivery(dbs[1], again, { status: 'succeeded' })).toBe(true);
  });

  it('keeps a retried delivery until it is due', async () => {
    await queue.insertDelivery(dbs[0], 'hook-3', 'contract_published', {});
    const [row] = await queue.claimDueDeliveries(dbs[0], 1, 60_000);
    await queue.finishDelivery(dbs[0], row, {
      status: 'pending',
      retryAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(await queue.claimDueDeliveries(dbs[1], 10, 60_000)).toEqual([]);
  });
});
