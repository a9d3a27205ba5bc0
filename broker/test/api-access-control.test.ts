import { randomBytes } from 'node:crypto';
import { call, withBroker, type TestBroker } from './support/broker';
import { describeEachDialect } from './support/databases';
import { publishBody, samplePact } from './support/fixtures';
import { startReceiver, type Receiver } from './support/receiver';
import type { Database } from './support/storage';

const ADMIN = 'bootstrap-admin';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// The broker's own database handle, to check what is stored.
const dbOf = (broker: TestBroker) => (broker.app as unknown as { broker: { db: Database } }).broker.db;

describeEachDialect('API tokens, audit log and webhook secrets', (dialect, available) => {
  let broker: TestBroker;
  let receiver: Receiver;
  const secretsKey = randomBytes(32).toString('base64');
  const createToken = async (name: string, role: string, extra: Record<string, unknown> = {}) => {
    const answer = await call(broker, 'POST', '/admin/tokens', { name, role, ...extra }, bearer(ADMIN));
    expect(answer.status).toBe(201);
    return answer.body as { uuid: string; token: string };
  };

  beforeAll(async () => {
    if (!available()) return;
    receiver = await startReceiver();
    broker = await withBroker(
      {
        auth: { adminTokens: [ADMIN] },
        secretsKey,
        webhooks: { allowedSchemes: ['http'], allowPrivateDestinations: true, pollIntervalMs: 20 },
      },
      dialect,
    );
  });
  afterAll(async () => {
    if (!available()) return;
    await broker.close();
    await receiver.close();
  });

  it('gives each role what it may do, and no more', async () => {
    if (!available()) return;
    const reader = await createToken('ci-reader', 'read');
    const writer = await createToken('ci-writer', 'write');
    const admin = await createToken('platform-admin', 'admin');
    expect(reader.token).toMatch(/^treaty_[A-Za-z0-9_-]{43}$/);
    expect((await call(broker, 'GET', '/pacticipants', undefined, bearer(reader.token))).status).toBe(200);
    const refused = await call(broker, 'PUT', '/pacticipants/Web/versions/1', {}, bearer(reader.token));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('needs the write role and these credentials have the read role');
    expect((await call(broker, 'PUT', '/pacticipants/Web/versions/1', {}, bearer(writer.token))).status).toBe(201);
    expect((await call(broker, 'GET', '/admin/tokens', undefined, bearer(writer.token))).status).toBe(403);
    expect((await call(broker, 'GET', '/admin/tokens', undefined, bearer(admin.token))).status).toBe(200);
    expect((await call(broker, 'GET', '/pacticipants', undefined, bearer('treaty_unknown'))).status).toBe(401);
  });

  it('stores only a hash, lists tokens without secrets and refuses a duplicate active name', async () => {
    if (!available()) return;
    const created = await createToken('hash-check', 'read');
    const rows = await dbOf(broker).all<Record<string, unknown>>('SELECT * FROM api_tokens WHERE uuid = ?', [
      created.uuid,
    ]);
    expect(JSON.stringify(rows)).not.toContain(created.token);
    const listed = await call(broker, 'GET', '/admin/tokens', undefined, bearer(ADMIN));
    expect(JSON.stringify(listed.body)).not.toContain(created.token);
    expect(listed.body._embedded.tokens.find((t: { uuid: string }) => t.uuid === created.uuid)).toMatchObject({
      name: 'hash-check',
      role: 'read',
      active: true,
      createdBy: 'bootstrap token',
    });
    const duplicate = await call(broker, 'POST', '/admin/tokens', { name: 'hash-check', role: 'read' }, bearer(ADMIN));
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.errors.name[0]).toContain('already used by an active token');
    const badRole = await call(broker, 'POST', '/admin/tokens', { name: 'x', role: 'root' }, bearer(ADMIN));
    expect(badRole.body.errors.role).toEqual(['must be one of: read, write, admin']);
  });

  it('refuses a revoked token on the very next request', async () => {
    if (!available()) return;
    const writer = await createToken('to-revoke', 'write');
    expect((await call(broker, 'GET', '/pacticipants', undefined, bearer(writer.token))).status).toBe(200);
    expect((await call(broker, 'DELETE', `/admin/tokens/${writer.uuid}`, undefined, bearer(ADMIN))).status).toBe(204);
    const after = await call(broker, 'GET', '/pacticipants', undefined, bearer(writer.token));
    expect(after.status).toBe(401);
    expect(after.body.error.message).toContain('the API token "to-revoke" was revoked');
    expect((await call(broker, 'DELETE', '/admin/tokens/nope', undefined, bearer(ADMIN))).status).toBe(404);
  });

  it('refuses a token once it has expired', async () => {
    if (!available()) return;
    const soon = await createToken('short-lived', 'read', { expiresAt: new Date(Date.now() + 1200).toISOString() });
    expect((await call(broker, 'GET', '/pacticipants', undefined, bearer(soon.token))).status).toBe(200);
    await sleep(1300);
    const after = await call(broker, 'GET', '/pacticipants', undefined, bearer(soon.token));
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/the API token "short-lived" expired at/);
    const past = await call(
      broker,
      'POST',
      '/admin/tokens',
      { name: 'past', role: 'read', expiresAt: '2020-01-01T00:00:00Z' },
      bearer(ADMIN),
    );
    expect(past.body.errors.expiresAt).toEqual(['must be in the future']);
  });

  it('records every write in the audit log, readable by admins only', async () => {
    if (!available()) return;
    const writer = await createToken('audited-writer', 'write');
    const reader = await createToken('audited-reader', 'read');
    await call(broker, 'PUT', '/pacticipants/Audited/versions/7', {}, bearer(writer.token));
    await call(broker, 'DELETE', '/pacticipants/Audited', undefined, bearer(reader.token));
    await call(broker, 'GET', '/pacticipants', undefined, bearer(writer.token));
    const log = await call(broker, 'GET', '/admin/audit?limit=5', undefined, bearer(ADMIN));
    expect(log.status).toBe(200);
    const [refused, written] = log.body._embedded.entries;
    expect(refused).toMatchObject({
      principal: 'audited-reader',
      tokenUuid: reader.uuid,
      role: 'read',
      method: 'DELETE',
      path: '/pacticipants/Audited',
      status: 403,
      remoteAddress: '127.0.0.1',
    });
    expect(written).toMatchObject({
      principal: 'audited-writer',
      tokenUuid: writer.uuid,
      role: 'write',
      method: 'PUT',
      path: '/pacticipants/Audited/versions/7',
      status: 201,
    });
    expect(Date.parse(written.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(log.body._embedded.entries.some((e: { method: string }) => e.method === 'GET')).toBe(false);
    expect((await call(broker, 'GET', '/admin/audit', undefined, bearer(writer.token))).status).toBe(403);
  });

  it('stores webhook secrets encrypted, sends them only to the webhook and never returns them', async () => {
    if (!available()) return;
    const value = 'ghp_very_secret_value';
    const saved = await call(broker, 'PUT', '/admin/secrets/ciToken', { value }, bearer(ADMIN));
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: 'ciToken', template: '${user.ciToken}' });
    const stored = await dbOf(broker).all('SELECT * FROM webhook_secrets');
    expect(JSON.stringify(stored)).not.toContain(value);
    const hook = await call(
      broker,
      'POST',
      '/webhooks',
      {
        consumer: { name: 'SecretWeb' },
        events: [{ name: 'contract_published' }],
        request: {
          method: 'POST',
          url: `${receiver.url}/hook`,
          headers: { 'X-CI-Key': '${user.ciToken}' },
          body: { key: '${user.ciToken}' },
        },
      },
      bearer(ADMIN),
    );
    expect(hook.status).toBe(201);
    await call(
      broker,
      'POST',
      '/contracts/publish',
      publishBody('1', [samplePact('SecretWeb', 'Orders')]),
      bearer(ADMIN),
    );
    const [hit] = await receiver.waitFor(1);
    expect(hit.headers['x-ci-key']).toBe(value);
    expect(JSON.parse(hit.body)).toEqual({ key: value });
    let logs = await call(broker, 'GET', `/webhooks/${hook.body.uuid}/executions`, undefined, bearer(ADMIN));
    for (let i = 0; i < 100 && logs.body._embedded.executions.length === 0; i++) {
      await sleep(20);
      logs = await call(broker, 'GET', `/webhooks/${hook.body.uuid}/executions`, undefined, bearer(ADMIN));
    }
    expect(logs.body._embedded.executions[0].request.headers['X-CI-Key']).toBe('${user.ciToken}');
    const reads = [
      logs,
      await call(broker, 'GET', '/admin/secrets', undefined, bearer(ADMIN)),
      await call(broker, 'GET', `/webhooks/${hook.body.uuid}`, undefined, bearer(ADMIN)),
    ];
    for (const read of reads) expect(JSON.stringify(read.body)).not.toContain(value);
    expect(
      (
        await call(
          broker,
          'GET',
          '/admin/secrets',
          undefined,
          bearer((await createToken('secret-reader', 'write')).token),
        )
      ).status,
    ).toBe(403);
    const inHost = await call(
      broker,
      'POST',
      '/webhooks',
      {
        events: [{ name: 'contract_published' }],
        request: { method: 'POST', url: 'http://${user.ciToken}.example.com/x' },
      },
      bearer(ADMIN),
    );
    expect(inHost.body.errors['request.url']).toEqual([
      'may use ${user.NAME} secrets only in the path and query, not in the host',
    ]);
  });
});

describe('webhook secrets without a key', () => {
  it('refuses to store a secret and says how to configure the key', async () => {
    const broker = await withBroker();
    try {
      const answer = await call(broker, 'PUT', '/admin/secrets/x', { value: 'v' });
      expect(answer.status).toBe(400);
      expect(answer.body.errors.value).toEqual([
        'cannot be stored: the broker has no secrets key (set TREATY_BROKER_SECRETS_KEY)',
      ]);
    } finally {
      await broker.close();
    }
  });
});
