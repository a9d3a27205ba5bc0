import { describeEachDialect, type TestDatabase } from './support/databases';
import { migrations, openStorage, type Database } from './support/storage';

describeEachDialect('storage', (dialect) => {
  let handle: TestDatabase;
  let db: Database;
  let repos: Awaited<ReturnType<typeof openStorage>>['repos'];
  let migrate: Awaited<ReturnType<typeof openStorage>>['migrate'];

  beforeAll(async () => {
    handle = await dialect.create();
    ({ db, repos, migrate } = await openStorage(handle.location));
  });
  afterAll(async () => {
    await db?.close();
    await handle?.drop();
  });

  it('migrations are recorded and running them again does nothing', async () => {
    const rows = await db.all<{ name: string }>('SELECT name FROM treaty_migrations');
    expect(rows.map((r) => r.name)).toContain('001-core');
    expect(await migrate(db)).toEqual([]);
  });

  it('migrations run concurrently from several connections apply once', async () => {
    const more = await Promise.all([1, 2, 3].map(() => openStorage(handle.location)));
    const rows = await db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM treaty_migrations');
    expect(Number(rows[0].n)).toBe(migrations.length); // one row per migration, none twice
    await Promise.all(more.map((s) => s.db.close()));
  });

  it('pacticipants are created once under concurrent writers and hold their fields', async () => {
    const created = await Promise.all([1, 2, 3, 4].map(() => repos.pacticipants.ensurePacticipant(db, 'Orders')));
    expect(new Set(created.map((p) => p.id)).size).toBe(1);
    await repos.pacticipants.updatePacticipant(db, created[0].id, {
      mainBranch: 'main',
      repositoryUrl: 'https://git/orders',
    });
    const found = await repos.pacticipants.findPacticipant(db, 'Orders');
    expect(found).toMatchObject({ main_branch: 'main', repository_url: 'https://git/orders', display_name: null });
    await repos.pacticipants.addLabel(db, created[0].id, 'team-a');
    await repos.pacticipants.addLabel(db, created[0].id, 'team-a');
    expect(await repos.pacticipants.labelsOf(db, created[0].id)).toEqual(['team-a']);
    expect((await repos.pacticipants.pacticipantsWithLabel(db, 'team-a')).map((p) => p.name)).toEqual(['Orders']);
  });

  it('versions, branches and tags find the latest version by branch and tag', async () => {
    const p = await repos.pacticipants.ensurePacticipant(db, 'Web');
    const v1 = (await repos.versions.ensureVersion(db, p.id, '1.0.0')).version;
    const second = await repos.versions.ensureVersion(db, p.id, '1.0.1', 'https://ci/2');
    expect(second.created).toBe(true);
    expect((await repos.versions.ensureVersion(db, p.id, '1.0.1')).created).toBe(false);
    await repos.branches.addBranchVersion(db, p.id, 'main', v1.id);
    await repos.branches.addBranchVersion(db, p.id, 'feat', second.version.id);
    await repos.tags.addTag(db, v1.id, 'prod');
    expect((await repos.versions.latestVersion(db, p.id))?.number).toBe('1.0.1');
    expect((await repos.versions.latestVersion(db, p.id, { branch: 'main' }))?.number).toBe('1.0.0');
    expect((await repos.versions.latestVersion(db, p.id, { tag: 'prod' }))?.number).toBe('1.0.0');
    expect(await repos.branches.branchesOfVersion(db, second.version.id)).toEqual(['feat']);
    expect(await repos.tags.tagsOfVersion(db, v1.id)).toEqual(['prod']);
    expect(second.version.build_url).toBe('https://ci/2');
  });

  it('pact content is stored once and linked to every consumer version', async () => {
    const consumer = await repos.pacticipants.ensurePacticipant(db, 'C1');
    const provider = await repos.pacticipants.ensurePacticipant(db, 'P1');
    const cv1 = (await repos.versions.ensureVersion(db, consumer.id, '1')).version;
    const cv2 = (await repos.versions.ensureVersion(db, consumer.id, '2')).version;
    const content = await repos.pacts.ensurePactVersion(db, consumer.id, provider.id, 'abc', '{}');
    const again = await repos.pacts.ensurePactVersion(db, consumer.id, provider.id, 'abc', '{}');
    expect(again.id).toBe(content.id);
    expect(await repos.pacts.upsertPublication(db, cv1.id, provider.id, content.id)).toMatchObject({
      outcome: 'created',
      row: { consumer_version_id: cv1.id, pact_version_id: content.id, revision: 1 },
    });
    expect((await repos.pacts.upsertPublication(db, cv2.id, provider.id, content.id)).outcome).toBe('created');
    expect(await repos.pacts.upsertPublication(db, cv2.id, provider.id, content.id)).toEqual({ outcome: 'unchanged' });
    const pubs = await repos.pacts.findPublications(db, { providerId: provider.id, sha: 'abc' });
    expect(pubs.map((p) => p.consumer_version_number)).toEqual(['2', '1']);
    const other = await repos.pacts.ensurePactVersion(db, consumer.id, provider.id, 'def', '{"x":1}');
    expect(await repos.pacts.upsertPublication(db, cv2.id, provider.id, other.id)).toMatchObject({
      outcome: 'replaced',
      row: { pact_version_id: other.id, revision: 2 },
    });
    expect((await repos.pacts.findPublication(db, cv2.id, provider.id))?.revision).toBe(2);
  });

  it('verification numbers count up per pact content', async () => {
    const consumer = await repos.pacticipants.ensurePacticipant(db, 'C2');
    const provider = await repos.pacticipants.ensurePacticipant(db, 'P2');
    const pv = (await repos.versions.ensureVersion(db, provider.id, '9')).version;
    const content = await repos.pacts.ensurePactVersion(db, consumer.id, provider.id, 'sha2', '{}');
    const first = await repos.verifications.insertVerification(db, {
      pactVersionId: content.id,
      providerVersionId: pv.id,
      success: false,
    });
    const second = await repos.verifications.insertVerification(db, {
      pactVersionId: content.id,
      providerVersionId: pv.id,
      success: true,
      testResults: { ok: 1 },
    });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect((await repos.verifications.latestVerification(db, content.id))?.success).toBe(1);
    expect(await repos.verifications.hasSuccessfulVerification(db, content.id)).toBe(true);
    expect(await repos.verifications.hasSuccessfulVerification(db, content.id, { branch: 'main' })).toBe(false);
  });

  it('deployments replace the previous version on the same instance; releases are idempotent', async () => {
    const p = await repos.pacticipants.ensurePacticipant(db, 'Api');
    const env = await repos.environments.createEnvironment(db, { name: 'production', production: true });
    const v1 = (await repos.versions.ensureVersion(db, p.id, '1')).version;
    const v2 = (await repos.versions.ensureVersion(db, p.id, '2')).version;
    await repos.deployments.recordDeployment(db, v1.id, p.id, env.id, null);
    await repos.deployments.recordDeployment(db, v1.id, p.id, env.id, 'blue');
    await repos.deployments.recordDeployment(db, v2.id, p.id, env.id, null);
    const current = await repos.deployments.listDeployedVersions(db, { environmentId: env.id, currentOnly: true });
    expect(current.map((d) => [d.version_number, d.application_instance])).toEqual([
      ['1', 'blue'],
      ['2', null],
    ]);
    const r1 = await repos.deployments.recordRelease(db, v1.id, env.id);
    const r2 = await repos.deployments.recordRelease(db, v1.id, env.id);
    expect([r1.created, r2.created, r2.row.uuid]).toEqual([true, false, r1.row.uuid]);
    await repos.deployments.endSupport(db, r1.row.uuid);
    expect(await repos.deployments.listReleasedVersions(db, { environmentId: env.id, currentOnly: true })).toEqual([]);
  });

  it('concurrent verifications of one pact get distinct numbers', async () => {
    const consumer = await repos.pacticipants.ensurePacticipant(db, 'C3');
    const provider = await repos.pacticipants.ensurePacticipant(db, 'P3');
    const pv = (await repos.versions.ensureVersion(db, provider.id, '1')).version;
    const content = await repos.pacts.ensurePactVersion(db, consumer.id, provider.id, 'sha3', '{}');
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        repos.verifications.insertVerification(db, {
          pactVersionId: content.id,
          providerVersionId: pv.id,
          success: true,
        }),
      ),
    );
    expect(results.map((r) => r.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('concurrent get-or-create of versions and publications loses nothing', async () => {
    const consumer = await repos.pacticipants.ensurePacticipant(db, 'C4');
    const provider = await repos.pacticipants.ensurePacticipant(db, 'P4');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction(async (tx) => {
          const { version } = await repos.versions.ensureVersion(tx, consumer.id, String(i % 5));
          const content = await repos.pacts.ensurePactVersion(tx, consumer.id, provider.id, `sha-${i % 5}`, '{}');
          await repos.pacts.upsertPublication(tx, version.id, provider.id, content.id);
        }),
      ),
    );
    const pubs = await repos.pacts.findPublications(db, { providerId: provider.id });
    expect(pubs.map((p) => p.consumer_version_number).sort()).toEqual(['0', '1', '2', '3', '4']);
  });

  it('a failing transaction rolls back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await repos.pacticipants.ensurePacticipant(tx, 'Ghost');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await repos.pacticipants.findPacticipant(db, 'Ghost')).toBeUndefined();
  });

  it('lockRow says whether the row exists, and lockKey can be taken, inside a transaction', async () => {
    const { id } = await repos.pacticipants.ensurePacticipant(db, 'Lockable');
    const found = await db.transaction(async (tx) => {
      await tx.lockKey(4242);
      return [await tx.lockRow('pacticipants', id), await tx.lockRow('pacticipants', -1)];
    });
    expect(found).toEqual([true, false]);
  });

  it('a second transaction locking the same row waits for the first to end', async () => {
    const { id } = await repos.pacticipants.ensurePacticipant(db, 'Contended');
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const firstLocked = new Promise<void>((resolve) => (locked = resolve));
    const first = db.transaction(async (tx) => {
      await tx.lockRow('pacticipants', id);
      locked();
      await held;
      order.push('first done');
    });
    await firstLocked;
    const second = db.transaction(async (tx) => {
      await tx.lockRow('pacticipants', id);
      order.push('second locked');
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // room for the second to (wrongly) get the lock
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first done', 'second locked']);
  });
});
