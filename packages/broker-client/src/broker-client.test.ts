import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BrokerClient } from './broker-client';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A real tiny HTTP server on port 0 answering with `handler`; `seen` records each request. */
async function serve(handler: Handler): Promise<{
  url: string;
  seen: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }>;
  server: Server;
}> {
  const seen: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/hal+json', ...headers }).end(JSON.stringify(body));
};

describe('BrokerClient', () => {
  it('retries an idempotent request answered 503 with backoff, then reads the answer', async () => {
    let calls = 0;
    const broker = await serve((_req, res) =>
      ++calls < 3 ? json(res, 503, { error: 'busy' }) : json(res, 200, { ok: true }),
    );
    const client = new BrokerClient({ baseUrl: broker.url, retryDelayMs: 1 });
    await expect(client.get('/thing', 'read the thing')).resolves.toEqual({ ok: true });
    expect(calls).toBe(3);
  });

  it('never retries a POST or a PATCH', async () => {
    const broker = await serve((_req, res) => json(res, 503, { error: { message: 'Failed to save' } }));
    const client = new BrokerClient({ baseUrl: broker.url, retryDelayMs: 1 });
    await expect(client.post('/things', { a: 1 }, 'create a thing')).rejects.toMatchObject({
      code: 'TREATY_BROKER_CLIENT_REQUEST',
      details: { status: 503, method: 'POST' },
      message:
        'Failed to create a thing: the broker answered 503 (Failed to save). ' +
        'Check the broker logs, or try again later.',
    });
    await expect(client.patch('/things/1', { a: 2 }, 'change a thing')).rejects.toMatchObject({
      details: { status: 503 },
    });
    expect(broker.seen.map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('gives up after the configured retries and reports the last answer', async () => {
    const broker = await serve((_req, res) => json(res, 502, {}));
    const client = new BrokerClient({ baseUrl: broker.url, retries: 2, retryDelayMs: 1 });
    await expect(client.put('/x', {}, 'write x')).rejects.toMatchObject({
      code: 'TREATY_BROKER_CLIENT_REQUEST',
      details: { status: 502 },
    });
    expect(broker.seen).toHaveLength(3);
  });

  it('follows Retry-After on 429', async () => {
    let calls = 0;
    const broker = await serve((_req, res) =>
      ++calls === 1 ? json(res, 429, {}, { 'retry-after': '0' }) : json(res, 200, { n: calls }),
    );
    await expect(new BrokerClient({ baseUrl: broker.url, retryDelayMs: 60_000 }).get('/', 'read')).resolves.toEqual({
      n: 2,
    });
  });

  it('times out a request that gets no answer', async () => {
    const broker = await serve(() => undefined);
    const client = new BrokerClient({ baseUrl: broker.url, timeoutMs: 100 });
    await expect(client.get('/slow', 'read the slow thing')).rejects.toMatchObject({
      code: 'TREATY_BROKER_CLIENT_TIMEOUT',
      message:
        `Failed to read the slow thing: the Pact Broker at ${broker.url} did not answer within 100 ms. Check ` +
        `the broker, or raise the timeout.`,
    });
  });

  it('retries a GET whose connection is reset, but not one that is refused', async () => {
    let calls = 0;
    const broker = await serve((req, res) => (++calls === 1 ? req.socket.destroy() : json(res, 200, { calls })));
    await expect(new BrokerClient({ baseUrl: broker.url, retryDelayMs: 1 }).get('/', 'read')).resolves.toEqual({
      calls: 2,
    });
    const closed = broker.url;
    broker.server.closeAllConnections();
    await new Promise((resolve) => broker.server.close(resolve));
    servers.splice(servers.indexOf(broker.server), 1);
    await expect(new BrokerClient({ baseUrl: closed, retryDelayMs: 1 }).get('/', 'read')).rejects.toMatchObject({
      code: 'TREATY_BROKER_CLIENT_UNREACHABLE',
      message:
        `Failed to reach the Pact Broker at ${closed}: connection refused. Check that it is running and the ` +
        `URL is right.`,
    });
  });

  it('reports an HTML page or other non-JSON success answer instead of parsing it', async () => {
    const broker = await serve((req, res) =>
      req.url === '/html'
        ? res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>')
        : res.writeHead(200).end('plain'),
    );
    const client = new BrokerClient({ baseUrl: broker.url });
    await expect(client.get('/html', 'read')).rejects.toMatchObject({
      code: 'TREATY_BROKER_CLIENT_RESPONSE',
      message: expect.stringContaining('it is an HTML page, not JSON'),
    });
    await expect(client.get('/plain', 'read')).rejects.toMatchObject({
      message: expect.stringContaining('the body is not JSON'),
    });
  });

  it('uses the status text, not the HTML, of a proxy error page', async () => {
    const broker = await serve((_req, res) =>
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>nginx</body></html>'),
    );
    await expect(new BrokerClient({ baseUrl: broker.url }).post('/x', {}, 'publish')).rejects.toMatchObject({
      message: 'Failed to publish: the broker answered 404 Not Found. Check the names and the broker URL.',
    });
  });

  it('resolves find with undefined on 404 and reads an empty body as {}', async () => {
    const broker = await serve((req, res) => (req.url === '/gone' ? json(res, 404, {}) : res.writeHead(204).end()));
    const client = new BrokerClient({ baseUrl: broker.url });
    await expect(client.find('/gone', 'read')).resolves.toBeUndefined();
    await expect(client.delete('/x', 'delete x')).resolves.toEqual({});
  });

  it('sends a bearer token, or Basic auth, and custom headers', async () => {
    const broker = await serve((_req, res) => json(res, 200, {}));
    await new BrokerClient({ baseUrl: broker.url, token: 't0k', headers: { 'x-team': 'a' } }).get('/', 'read');
    await new BrokerClient({ baseUrl: broker.url, username: 'u', password: 'p' }).get('/', 'read');
    expect(broker.seen[0].headers).toMatchObject({ authorization: 'Bearer t0k', 'x-team': 'a' });
    expect(broker.seen[1].headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });

  it('expands templated index links, resolves relative ones, and names a missing relation', async () => {
    const broker = await serve((_req, res) =>
      json(res, 200, { _links: { 'pb:pacticipant': { href: '/pacticipants/{pacticipant}', templated: true } } }),
    );
    const client = new BrokerClient({ baseUrl: `${broker.url}/` });
    await expect(client.link('pb:pacticipant', { pacticipant: 'a b' })).resolves.toBe(
      `${broker.url}/pacticipants/a%20b`,
    );
    await expect(client.link('pb:nothing', {}, '/fallback/{x}')).resolves.toBe(`${broker.url}/fallback/%7Bx%7D`);
    await expect(client.link('pb:nothing')).rejects.toMatchObject({ code: 'TREATY_BROKER_CLIENT_NO_RELATION' });
    expect(broker.seen).toHaveLength(1);
  });

  it.each([
    [{ baseUrl: 'localhost:9292' }, 'the base URL "localhost:9292" is not an http(s) URL'],
    [{ baseUrl: 'http://x', retries: -1 }, 'retries is -1'],
    [{ baseUrl: 'http://x', timeoutMs: 0 }, 'timeoutMs is 0'],
  ])('rejects bad options %j', (options, reason) => {
    expect(() => new BrokerClient(options)).toThrow(
      expect.objectContaining({
        code: 'TREATY_BROKER_CLIENT_INVALID_OPTIONS',
        message: expect.stringContaining(reason),
      }),
    );
  });

  it('follows a relation of any resource, and names a missing one with the resource', async () => {
    const broker = await serve((req, res) => json(res, 200, { path: req.url }));
    const client = new BrokerClient({ baseUrl: broker.url });
    const resource = {
      _links: { self: { href: `${broker.url}/pacts/1` }, 'pb:version': { href: '/versions/{v}', templated: true } },
    };
    await expect(client.follow(resource, 'pb:version', { v: '1 0' }, 'read the version')).resolves.toEqual({
      path: '/versions/1%200',
    });
    await expect(client.follow(resource, 'pb:nothing', {}, 'read')).rejects.toMatchObject({
      code: 'TREATY_BROKER_CLIENT_NO_RELATION',
      message: expect.stringContaining(`pb:nothing relation in the Pact Broker resource ${broker.url}/pacts/1`),
    });
  });
});
