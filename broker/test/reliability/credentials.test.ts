import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import { call, withBroker, type TestBroker } from '../support/broker';
import { describeEachDialect } from '../support/databases';
import { publishBody, samplePact } from '../support/fixtures';
import { routesOf } from './support/route-list';

jest.setTimeout(60_000);

const SECRETS = ['Bearer hook-s3cret', 'x-token-s3cret', 'basic-pw-s3cret', 'user-secret-s3cret'];
const WRITE = 'write-token';
const READ = 'read-token';
const ADMIN = 'admin-token';

describeEachDialect('read credentials', (dialect, available) => {
  let broker: TestBroker;
  let reader: string;
  let real: Record<string, string>;
  beforeAll(async () => {
    if (!available()) return;
    broker = await withBroker(
      {
        auth: {
          adminTokens: [ADMIN],
          writeTokens: [WRITE],
          readTokens: [READ],
          readOnlyBasic: { username: 'viewer', password: 'v' },
        },
        secretsKey: randomBytes(32).toString('hex'),
        webhooks: { deliver: false },
      },
      dialect,
    );
    const admin = { authorization: `Bearer ${ADMIN}` };
    await call(broker, 'POST', '/contracts/publish', publishBody('1', [samplePact()], { branch: 'main' }), admin);
    const env = (await call(broker, 'POST', '/environments', { name: 'production' }, admin)).body.uuid;
    await call(broker, 'PUT', '/admin/secrets/ci', { value: SECRETS[3] }, admin);
    const hook = await call(
      broker,
      'POST',
      '/webhooks',
      {
        events: [{ name: 'contract_published' }],
        request: {
          method: 'POST',
          url: 'https://ci.example.com/${user.ci}',
          headers: { Authorization: SECRETS[0], 'X-Token': SECRETS[1] },
          username: 'ci',
          password: SECRETS[2],
        },
      },
      admin,
    );
    reader = (await call(broker, 'POST', '/admin/tokens', { name: 'named-reader', role: 'read' }, admin)).body.token;
    real = {
      pacticipant: 'Web',
      consumer: 'Web',
      provider: 'Orders',
      version: '1',
      branch: 'main',
      uuid: hook.body.uuid,
      tag: 'prod',
      label: 'x',
      sha: 'x',
      environment: env,
    };
  });
  afterAll(async () => {
    if (available()) await broker.close();
  });

  const credentials = () => [
    `Bearer ${READ}`,
    `Bearer ${reader}`,
    `Basic ${Buffer.from('viewer:v').toString('base64')}`,
  ];

  it('never see a webhook secret on any GET route', async () => {
    if (!available()) return;
    const gets = routesOf(broker.app).filter((r) => r.methods.includes('GET') && !r.path.startsWith('/admin'));
    for (const route of gets) {
      const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
        encodeURIComponent(real[name] ?? real.uuid),
      );
      for (const authorization of credentials()) {
        const answer = await call(broker, 'GET', path, undefined, { authorization });
        expect(answer.status).toBeLessThan(500);
        const text = JSON.stringify(answer.body);
        for (const secret of SECRETS) expect(`${path}: ${text}`).not.toContain(secret);
      }
    }
  });

  it('never write: every write route and every admin route answers 403', async () => {
    if (!available()) return;
    const writes = routesOf(broker.app).flatMap((r) =>
      r.methods
        .filter((m) => m !== 'OPTIONS' && (m !== 'GET' || r.path.startsWith('/admin')))
        .map((method) => ({ method, path: r.path })),
    );
    const isReadPost = (path: string) => /for-verification$/.test(path);
    const before = (await call(broker, 'GET', '/admin/audit?limit=1', undefined, { authorization: `Bearer ${ADMIN}` }))
      .body._embedded.entries[0].id;
    for (const { method, path } of writes.filter((w) => !isReadPost(w.path))) {
      const url = path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(real[name] ?? real.uuid));
      for (const authorization of credentials()) {
        const answer = await call(broker, method, url, method === 'GET' ? undefined : {}, { authorization });
        expect(`${method} ${url} → ${answer.status}`).toBe(`${method} ${url} → 403`);
      }
    }
    const log = await call(broker, 'GET', `/admin/audit?limit=1000`, undefined, { authorization: `Bearer ${ADMIN}` });
    const since = log.body._embedded.entries.filter((e: { id: number }) => e.id > before);
    expect(since.length).toBeGreaterThan(0);
    expect(since.filter((e: { status: number }) => e.status !== 403)).toEqual([]);
  });
});

describe('a stalled connection', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await withBroker({ timeouts: { headersMs: 600, requestMs: 1200 } });
  });
  afterAll(() => broker.close());

  const closedWithin = (send: (socket: ReturnType<typeof connect>) => void) =>
    new Promise<number>((resolve) => {
      const socket = connect(Number(new URL(broker.url).port), '127.0.0.1');
      const started = Date.now();
      socket.on('connect', () => send(socket));
      socket.on('error', () => undefined);
      // Read whatever the broker answers (Node may write a 408 before closing): an unread answer would hold back
      // the socket's 'end', and so its 'close', forever.
      socket.resume();
      socket.on('close', () => resolve(Date.now() - started));
    });

  it('is closed when it sends nothing at all', async () => {
    expect(await closedWithin(() => undefined)).toBeLessThan(3000);
  });

  it('is closed when its body never arrives', async () => {
    const elapsed = await closedWithin((socket) =>
      socket.write(
        'PUT /pacticipants/X HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a"',
      ),
    );
    expect(elapsed).toBeLessThan(3000);
  });
});
