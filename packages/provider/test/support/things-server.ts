import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the things server saw. */
export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A tiny provider for behaviour tests: GET /things/{id} (needs `Authorization: Bearer t0k3n`),
 * GET /slow (never answers), POST /_states (a provider-states set-up endpoint).
 */
export async function startThingsServer(
  host = '127.0.0.1',
): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (req.url === '/slow') return; // never answer
      if (req.url === '/_states') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify({ id: 77 }));
      }
      const match = /^\/things\/(\d+)$/.exec(req.url ?? '');
      if (!match) return res.writeHead(404).end();
      if (req.headers.authorization !== 'Bearer t0k3n') return res.writeHead(401).end();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: Number(match[1]), name: `thing ${match[1]}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A V3 pact for the things server; `extra` interactions are appended. */
export function thingsPact(extra: unknown[] = []): Record<string, unknown> {
  return {
    consumer: { name: 'web' },
    provider: { name: 'things' },
    interactions: [
      {
        description: 'get a thing',
        providerStates: [{ name: 'a thing exists', params: { id: 5 } }],
        request: {
          method: 'GET',
          path: '/things/5',
          generators: { path: { type: 'ProviderState', expression: '/things/${id}' } },
        },
        response: {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: { id: 5, name: 'thing 5' },
          matchingRules: {
            body: {
              '$.id': { matchers: [{ match: 'integer' }] },
              '$.name': { matchers: [{ match: 'regex', regex: '^thing \\d+$' }] },
            },
          },
        },
      },
      ...extra,
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}
