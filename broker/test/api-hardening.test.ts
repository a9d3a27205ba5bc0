import { connect } from 'node:net';
import { call, withBroker, type TestBroker } from './support/broker';
import { describeEachDialect } from './support/databases';
import { publishBody, samplePact } from './support/fixtures';
import { startReceiver, type Receiver } from './support/receiver';
import type { Database } from './support/storage';

// Built as text: the test runner's own JSON.stringify would overflow on such a value.
function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}"leaf"${'}'.repeat(depth)}`;
}

function withDeepKey(json: Record<string, unknown>, depth: number): string {
  return JSON.stringify(json).replace(/}$/, `,"deep":${deepJson(depth)}}`);
}

const MASK = '**********';

describeEachDialect('broker hardening', (dialect, available) => {
  let broker: TestBroker;
  let receiver: Receiver;
  let env: string;
  beforeAll(async () => {
    if (!available()) return;
    broker = await withBroker(
      { webhooks: { allowedSchemes: ['http'], allowPrivateDestinations: true, pollIntervalMs: 20 } },
      dialect,
    );
    receiver = await startReceiver();
    env = (await call(broker, 'POST', '/environments', { name: 'production', production: true })).body.uuid;
  });
  afterAll(async () => {
    if (!available()) return;
    await broker.close();
    await receiver.close();
  });

  it('keeps exactly one current deployment when 20 versions are deployed at once', async () => {
    if (!available()) return;
    const versions = Array.from({ length: 20 }, (_, i) => `1.${i}`);
    for (const v of versions) await call(broker, 'PUT', `/pacticipants/Api/versions/${v}`, {});
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(
        versions.map((v) =>
          call(broker, 'POST', `/pacticipants/Api/versions/${v}/deployed-versions/environment/${env}`, {}),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(versions.map(() => 201));
      const current = await call(
        broker,
        'GET',
        `/environments/${env}/deployed-versions/currently-deployed?pacticipant=Api`,
      );
      expect(current.body._embedded.deployedVersions).toHaveLength(1);
    }
  });

  it('keeps one current deployment per application instance', async () => {
    if (!available()) return;
    for (const v of ['1', '2']) await call(broker, 'PUT', `/pacticipants/Multi/versions/${v}`, {});
    await Promise.all(
      ['blue', 'green', 'blue', 'green'].map((instance, i) =>
        call(broker, 'POST', `/pacticipants/Multi/versions/${(i % 2) + 1}/deployed-versions/environment/${env}`, {
          applicationInstance: instance,
        }),
      ),
    );
    const current = await call(
      broker,
      'GET',
      `/environments/${env}/deployed-versions/currently-deployed?pacticipant=Multi`,
    );
    expect(
      current.body._embedded.deployedVersions.map((d: { applicationInstance: string }) => d.applicationInstance).sort(),
    ).toEqual(['blue', 'green']);
  });

  it('answers 400 naming the JSON path for null interactions and messages', async () => {
    if (!available()) return;
    const pact = samplePact('NullWeb', 'Orders');
    const withNull = { ...pact, interactions: [...(pact.interactions as unknown[]), null] };
    const put = await call(broker, 'PUT', '/pacts/provider/Orders/consumer/NullWeb/version/1', withNull);
    expect(put.status).toBe(400);
    expect(put.body.error.message).toContain('$.interactions[1] must be an object');
    const published = await call(
      broker,
      'POST',
      '/contracts/publish',
      publishBody('1', [{ ...pact, messages: [null] }]),
    );
    expect(published.status).toBe(400);
    expect(published.body.error.message).toContain('$.messages[0] must be an object');
  });

  it('answers 400 for JSON nested 5,000 levels deep, in a body and inside published content', async () => {
    if (!available()) return;
    const deepPact = withDeepKey(samplePact('DeepWeb', 'Orders'), 5000);
    const put = await call(broker, 'PUT', '/pacts/provider/Orders/consumer/DeepWeb/version/1', deepPact, {
      'content-type': 'application/json',
    });
    expect(put.status).toBe(400);
    expect(put.body.error).toMatchObject({ code: 'TREATY_BROKER_TOO_DEEP' });
    expect(put.body.error.message).toMatch(/deeper than 256 levels at \$\.deep\.a\.a/);
    const body = publishBody('1', [samplePact('DeepWeb', 'Orders')]) as { contracts: { content: string }[] };
    body.contracts[0].content = Buffer.from(deepPact).toString('base64');
    const published = await call(broker, 'POST', '/contracts/publish', body);
    expect(published.status).toBe(400);
    expect(published.body.error.message).toContain('contracts[0].content');
    const hook = withDeepKey(
      { events: [{ name: 'contract_published' }], request: { method: 'POST', url: 'http://x.example' } },
      5000,
    );
    const verification = await call(broker, 'POST', '/webhooks', hook, { 'content-type': 'application/json' });
    expect(verification.status).toBe(400);
    const spec = `{"openapi":"3.0.0","info":{"title":"x","version":"1"},"paths":{},"x-deep":${deepJson(5000)}}`;
    const contract = await call(broker, 'PUT', '/provider-contracts/provider/Orders/version/1', {
      content: Buffer.from(spec).toString('base64'),
      contentType: 'application/json',
      contractType: 'oas',
      verificationResults: { success: true },
    });
    expect(contract.status).toBe(400);
    expect(contract.body.errors.content).toEqual(['nests deeper than 256 levels; flatten the document']);
  });

  it('masks secret headers in every webhook read and in the execution log', async () => {
    if (!available()) return;
    const secretHeaders = {
      Authorization: 'Bearer s3cret',
      'X-Auth-Token': 't0ken',
      'Content-Type': 'application/json',
    };
    const created = await call(broker, 'POST', '/webhooks', {
      consumer: { name: 'MaskWeb' },
      events: [{ name: 'contract_published' }],
      request: {
        method: 'POST',
        url: `${receiver.url}/hook`,
        headers: secretHeaders,
        username: 'ci',
        password: 'pw',
        body: { a: 1 },
      },
    });
    expect(created.status).toBe(201);
    const uuid = created.body.uuid;
    await call(broker, 'POST', '/contracts/publish', publishBody('1', [samplePact('MaskWeb', 'Orders')]));
    const [hit] = await receiver.waitFor(1);
    expect(hit.headers['x-auth-token']).toBe('t0ken');
    let logs = await call(broker, 'GET', `/webhooks/${uuid}/executions`);
    for (let i = 0; i < 100 && logs.body._embedded.executions.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      logs = await call(broker, 'GET', `/webhooks/${uuid}/executions`);
    }
    const reads = [
      created.body,
      (await call(broker, 'GET', `/webhooks/${uuid}`)).body,
      (await call(broker, 'GET', '/webhooks')).body,
      logs.body,
    ];
    for (const read of reads) {
      const text = JSON.stringify(read);
      expect(text).not.toMatch(/s3cret|t0ken|"pw"|Y2k6cHc=/);
    }
    expect(created.body.request.headers).toEqual({
      Authorization: MASK,
      'X-Auth-Token': MASK,
      'Content-Type': 'application/json',
    });
    expect(logs.body._embedded.executions[0].request.headers.Authorization).toBe(MASK);
  });

  it('reports an over-long URL parameter as such (414), not as a bad body', async () => {
    if (!available()) return;
    const answer = await call(broker, 'GET', `/pacticipants/${'a'.repeat(1200)}`);
    expect(answer.status).toBe(414);
    expect(answer.body.error).toEqual({
      code: 'TREATY_BROKER_URL_TOO_LONG',
      message: 'Failed to read request URL: a path segment is longer than 1000 characters. Use shorter names.',
    });
  });

  it('answers 404 or 409, never 5xx, to writes racing a delete of their pacticipant', async () => {
    if (!available()) return;
    const statuses: number[] = [];
    for (let round = 0; round < 5; round++) {
      await call(broker, 'PUT', '/pacticipants/Racer/versions/1', {});
      const writes = Array.from({ length: 12 }, (_, i) =>
        i % 4 === 0
          ? call(broker, 'DELETE', '/pacticipants/Racer')
          : i % 4 === 1
            ? call(broker, 'POST', `/pacticipants/Racer/versions/1/deployed-versions/environment/${env}`, {})
            : i % 4 === 2
              ? call(broker, 'PUT', `/pacticipants/Racer/versions/${i}/tags/t${i}`, {})
              : call(broker, 'POST', `/pacticipants/Racer/versions/1/released-versions/environment/${env}`, {}),
      );
      statuses.push(...(await Promise.all(writes)).map((a) => a.status));
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });
});

describeEachDialect('operations', (dialect, available) => {
  it('reports the database in /diagnostic/status/dependencies', async () => {
    if (!available()) return;
    const broker = await withBroker({}, dialect);
    try {
      const answer = await call(broker, 'GET', '/diagnostic/status/dependencies');
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ ok: true, dependencies: { database: { ok: true, dialect: dialect.name } } });
    } finally {
      await broker.close();
    }
  });

  it('cancels a PostgreSQL statement that runs past the statement timeout', async () => {
    if (!available() || dialect.name !== 'postgres') return;
    const broker = await withBroker({ postgres: { statementTimeoutMs: 200, poolMax: 2 } }, dialect);
    try {
      const db = (broker.app as unknown as { broker: { db: Database } }).broker.db;
      await expect(db.get('SELECT pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
      expect(
        await db.get<{ max: string }>("SELECT setting AS max FROM pg_settings WHERE name = 'statement_timeout'"),
      ).toEqual({ max: '200' });
    } finally {
      await broker.close();
    }
  });
});

describe('webhook destinations', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await withBroker({ webhooks: { allowedSchemes: ['http', 'https'] } });
  });
  afterAll(() => broker.close());

  it.each([
    'http://127.0.0.1:9/x',
    'https://169.254.169.254/latest/meta-data',
    'http://localhost/x',
    'http://[::1]/x',
    'http://10.0.0.8/x',
    'http://192.168.1.1/',
  ])('refuses %s by default', async (url) => {
    const answer = await call(broker, 'POST', '/webhooks', {
      events: [{ name: 'contract_published' }],
      request: { method: 'POST', url },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors['request.url'][0]).toMatch(
      /loopback, private or link-local address; the operator can allow it with webhooks.allowPrivateDestinations/,
    );
  });

  it('accepts a public destination', async () => {
    const answer = await call(broker, 'POST', '/webhooks', {
      events: [{ name: 'contract_published' }],
      request: { method: 'POST', url: 'https://ci.example.com/hook' },
    });
    expect(answer.status).toBe(201);
  });
});

describe('connection timeouts', () => {
  it('cuts off a slow-loris client that never finishes its headers', async () => {
    const broker = await withBroker({ timeouts: { headersMs: 500, requestMs: 1000 } });
    try {
      const { port } = new URL(broker.url);
      const socket = connect(Number(port), '127.0.0.1');
      const started = Date.now();
      socket.write('GET /diagnostic/status/heartbeat HTTP/1.1\r\nHost: x\r\n');
      const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100);
      const closedAfter = await new Promise<number>((resolve) =>
        socket.on('close', () => resolve(Date.now() - started)).on('error', () => undefined),
      );
      clearInterval(drip);
      expect(closedAfter).toBeLessThan(3000);
    } finally {
      await broker.close();
    }
  });
});
