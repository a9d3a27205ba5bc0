import { publishBody, samplePact } from './support/fixtures';
import { startHttpBroker, type HttpBroker } from './support/http-broker';

const basic = (user: string, pass: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`,
});
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const auth = {
  writeTokens: ['write-token'],
  readTokens: ['read-token'],
  basic: { username: 'admin', password: 'secret' },
  readOnlyBasic: { username: 'reader', password: 'letmein' },
};

describe('auth', () => {
  let broker: HttpBroker;
  beforeAll(async () => {
    broker = await startHttpBroker({ auth });
  });
  afterAll(() => broker.close());

  it('answers 401 with WWW-Authenticate when no or wrong credentials are sent', async () => {
    const none = await broker.call('GET', '/pacticipants');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="treaty-broker", Basic realm="treaty-broker"');
    expect(none.body.error.code).toBe('TREATY_BROKER_UNAUTHORIZED');
    expect((await broker.call('GET', '/pacticipants', undefined, bearer('nope'))).status).toBe(401);
    expect((await broker.call('GET', '/pacticipants', undefined, basic('admin', 'wrong'))).status).toBe(401);
  });

  it('keeps the heartbeat public', async () => {
    expect((await broker.call('GET', '/diagnostic/status/heartbeat')).status).toBe(200);
  });

  it('lets write credentials write and read', async () => {
    expect(
      (await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]), bearer('write-token')))
        .status,
    ).toBe(200);
    expect(
      (await broker.call('POST', '/contracts/publish', publishBody('1.0.1', [samplePact()]), basic('admin', 'secret')))
        .status,
    ).toBe(200);
    expect((await broker.call('GET', '/pacticipants/Web', undefined, bearer('write-token'))).status).toBe(200);
  });

  it('lets read credentials read, fetch pacts for verification, and forbids writes with 403', async () => {
    for (const headers of [bearer('read-token'), basic('reader', 'letmein')]) {
      expect((await broker.call('GET', '/pacticipants', undefined, headers)).status).toBe(200);
      const forVerification = await broker.call(
        'POST',
        '/pacts/provider/Orders/for-verification',
        { consumerVersionSelectors: [{ latest: true }] },
        headers,
      );
      expect(forVerification.status).toBe(200);
      const write = await broker.call('POST', '/contracts/publish', publishBody('2.0.0', [samplePact()]), headers);
      expect(write.status).toBe(403);
      expect(write.body.error.code).toBe('TREATY_BROKER_FORBIDDEN');
      expect((await broker.call('DELETE', '/pacticipants/Web', undefined, headers)).status).toBe(403);
    }
  });
});

describe('auth with public read', () => {
  let broker: HttpBroker;
  beforeAll(async () => {
    broker = await startHttpBroker({ auth: { writeTokens: ['w'] }, publicRead: true });
  });
  afterAll(() => broker.close());

  it('serves reads without credentials and still guards writes', async () => {
    expect((await broker.call('GET', '/pacticipants')).status).toBe(200);
    expect((await broker.call('POST', '/pacts/provider/Orders/for-verification', {})).status).not.toBe(401);
    expect((await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]))).status).toBe(401);
    expect(
      (await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]), bearer('w'))).status,
    ).toBe(200);
  });
});

describe('no auth configured', () => {
  it('allows everything', async () => {
    const broker = await startHttpBroker();
    try {
      expect((await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]))).status).toBe(200);
    } finally {
      await broker.close();
    }
  });
});
