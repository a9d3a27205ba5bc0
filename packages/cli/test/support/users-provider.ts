import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tiny real users-api provider for the fixture pact; `broken` answers user ids as strings. */
export interface UsersProvider {
  url: string;
  states: string[];
  close(): Promise<void>;
}

/** Start the users-api provider on a free port. */
export async function startUsersProvider(options: { broken?: boolean } = {}): Promise<UsersProvider> {
  const states: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const json = (status: number, value: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (req.method === 'POST' && req.url === '/_pact/state') {
        states.push(String((JSON.parse(body || '{}') as { state?: string }).state));
        return json(200, {});
      }
      if (req.method === 'GET' && req.url === '/users/1')
        return json(200, { id: options.broken ? '1' : 1, name: 'Ada', email: 'ada@example.com' });
      if (req.method === 'GET' && req.url === '/users/2') return res.writeHead(404).end();
      if (req.method === 'POST' && req.url === '/users')
        return json(201, { id: 7, name: (JSON.parse(body) as { name: string }).name });
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    states,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
