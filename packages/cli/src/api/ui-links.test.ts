import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BrokerClient } from '@treaty/broker-client';
import { servesUi, uiPactUrl } from './ui-links';

/** A server on 127.0.0.1 answering `/ui/api/session` with `status` (a Pact Broker has no such page: 404). */
async function serverAnswering(status: number): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const json = request.url === '/ui/api/session' && status === 200;
    response
      .writeHead(json ? 200 : status, { 'content-type': 'application/json' })
      .end(json ? '{"scope":"admin"}' : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('web UI links', () => {
  it('finds the UI when its session resource answers, and not on a 404, a refusal or no server', async () => {
    for (const [status, expected] of [
      [200, true],
      [404, false],
      [401, false],
    ] as const) {
      const { server, url } = await serverAnswering(status);
      expect({ status, ui: await servesUi(new BrokerClient({ baseUrl: url, retries: 0 })) }).toEqual({
        status,
        ui: expected,
      });
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await servesUi(new BrokerClient({ baseUrl: 'http://127.0.0.1:1', retries: 0 }))).toBe(false);
  });

  it('links the page of a pact version, names encoded', () => {
    expect(uiPactUrl('http://b', 'orders api', 'web/app', '1.0.0+b')).toBe(
      'http://b/ui/pacts/orders%20api/web%2Fapp?version=1.0.0%2Bb',
    );
  });
});
