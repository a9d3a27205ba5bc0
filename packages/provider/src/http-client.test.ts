import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ProviderClient } from './http-client';

/**
 * A raw HTTP server that resets a kept-alive connection on its second request, as a provider closing idle sockets can.
 */
async function resettingServer(): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    let requests = 0;
    socket.on('data', () => {
      requests++;
      if (requests === 2) return void socket.resetAndDestroy();
      socket.write(
        'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok',
      );
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => (sockets.forEach((s) => s.destroy()), server.close(() => resolve()))),
  };
}

describe('ProviderClient', () => {
  it('keeps one connection alive, and resends once when a reused connection is reset', async () => {
    const server = await resettingServer();
    const client = new ProviderClient(server.url);
    try {
      const first = await client.send({ method: 'GET', path: '/a', headers: {} }, 2000);
      expect(first).toMatchObject({ status: 200, headers: { 'Content-Type': ['text/plain'] } });
      expect(first.body.toString()).toBe('ok');
      const second = await client.send({ method: 'GET', path: '/b', headers: {} }, 2000);
      expect(second.status).toBe(200);
      expect(server.connections()).toBe(2);
    } finally {
      client.close();
      await server.close();
    }
  });
});
