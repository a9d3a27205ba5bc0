import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { retryDelay, sendWebhook } from './send-webhook';

describe('retryDelay', () => {
  it('doubles from the base with jitter in the upper half and caps at the maximum', () => {
    expect(retryDelay(1, 1000, 60_000, () => 0)).toBe(500);
    expect(retryDelay(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(retryDelay(3, 1000, 60_000, () => 1)).toBe(4000);
    expect(retryDelay(20, 1000, 60_000, () => 1)).toBe(60_000);
    expect(retryDelay(20, 1000, 60_000, () => 0)).toBe(30_000);
  });
});

describe('sendWebhook', () => {
  let server: Server;
  let hits = 0;
  let port = 0;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      hits++;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a name that resolves to a loopback address at delivery, without connecting', async () => {
    const result = await sendWebhook(
      { method: 'POST', url: `http://localhost:${port}/hook`, headers: {} },
      { timeoutMs: 2000 },
    );
    expect(result).toMatchObject({ success: false, refused: true });
    expect(result.error).toMatch(/localhost resolves to .*private, loopback or link-local/);
    const literal = await sendWebhook(
      { method: 'POST', url: `http://127.0.0.1:${port}/hook`, headers: {} },
      { timeoutMs: 2000 },
    );
    expect(literal).toMatchObject({ success: false, refused: true });
    expect(hits).toBe(0);
  });

  it('delivers to a private address when the operator allows it', async () => {
    const result = await sendWebhook(
      { method: 'POST', url: `http://localhost:${port}/hook`, headers: {}, body: '{}' },
      { timeoutMs: 2000, allowPrivate: true },
    );
    expect(result).toMatchObject({ success: true, status: 200, body: 'ok' });
    expect(hits).toBe(1);
  });
});
