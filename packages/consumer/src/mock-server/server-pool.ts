import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { consumerErrors } from '../errors';

/** A listening server whose request handler can be swapped between tests. */
export interface PooledServer {
  server: Server;
  port: number;
  setHandler(handler: RequestListener): void;
}

// Idle servers on free ports, kept between tests: listening and closing a socket per test costs
// more than the rest of a test's mock-server work. Only servers on port 0 (any free port) are pooled.
const idle = new Map<string, PooledServer[]>();

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(consumerErrors.TREATY_CONSUMER_MOCK_START([`${host}:${port}`, error.message], {}, error)),
    );
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Take an idle server for `host` (port 0), or start a new one.
 * @example const pooled = await acquireServer('127.0.0.1', 0);
 * @throws TREATY_CONSUMER_MOCK_START when the port cannot be bound.
 */
export async function acquireServer(host: string, port: number): Promise<PooledServer> {
  const reused = port === 0 ? idle.get(host)?.pop() : undefined;
  if (reused) {
    reused.server.ref();
    return reused;
  }
  let handler: RequestListener = (_req, res) => res.end();
  const server = createServer((req, res) => handler(req, res));
  server.keepAliveTimeout = 1000;
  const bound = await listen(server, host, port);
  return { server, port: bound, setHandler: (next) => (handler = next) };
}

/**
 * Give a server back after a test: its connections are closed; a port-0 server waits (unref'd) for the next test.
 * @example await releaseServer('127.0.0.1', 0, pooled);
 */
export async function releaseServer(host: string, port: number, pooled: PooledServer): Promise<void> {
  pooled.setHandler((_req, res) => {
    res.statusCode = 500;
    res.end('{"error":"Treaty mock server: this test has ended"}');
  });
  pooled.server.closeAllConnections();
  if (port !== 0) return new Promise((resolve) => pooled.server.close(() => resolve()));
  pooled.server.unref();
  const list = idle.get(host) ?? [];
  list.push(pooled);
  idle.set(host, list);
}

/**
 * Close every idle pooled server (Treaty calls this when a test file ends).
 * @example closeIdleServers();
 */
export function closeIdleServers(): void {
  for (const list of idle.values()) for (const pooled of list.splice(0)) pooled.server.close();
}
