import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBroker, type BrokerProcess } from './support/broker-process';
import { publishBody, samplePact } from './support/fixtures';
import { callUrl } from './support/http-broker';
import { startReceiver, type Receiver } from './support/receiver';

jest.setTimeout(60_000);

/** Start a PUT, send half its body, and return a function that sends the rest and resolves with the status. */
function halfSentPut(base: string, path: string, body: string): Promise<() => Promise<number>> {
  return new Promise((resolve, reject) => {
    let answered: (status: number) => void;
    const status = new Promise<number>((r) => (answered = r));
    const outgoing = request(
      `${base}${path}`,
      { method: 'PUT', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => answered(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    const half = Math.floor(body.length / 2);
    outgoing.write(body.slice(0, half), () =>
      resolve(async () => {
        outgoing.end(body.slice(half));
        return status;
      }),
    );
  });
}

describe('treaty-broker on SIGTERM', () => {
  let dir: string;
  let broker: BrokerProcess | undefined;
  let receiver: Receiver;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'treaty-drain-'));
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await broker?.stop('SIGKILL');
    broker = undefined;
  });
  afterAll(async () => {
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes a request in flight and a webhook delivery in flight before it exits 0', async () => {
    const args = [
      '--port',
      '0',
      '--database',
      join(dir, 'drain.db'),
      '--webhook-scheme',
      'http',
      '--webhook-allow-private',
      '--webhook-poll-ms',
      '20',
    ];
    broker = await spawnBroker(args);
    const hook = await callUrl(broker.url, 'POST', '/webhooks', {
      events: [{ name: 'contract_published' }],
      request: { method: 'POST', url: `${receiver.url}/slow` },
    });
    expect(hook.status).toBe(201);
    receiver.delayMs = 1500;
    expect((await callUrl(broker.url, 'POST', '/contracts/publish', publishBody('1', [samplePact()]))).status).toBe(
      200,
    );
    await receiver.waitFor(1);
    const finishPut = await halfSentPut(
      broker.url,
      '/pacticipants/Drained',
      JSON.stringify({ displayName: 'Drained during shutdown' }),
    );

    const exited = broker.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    expect(await finishPut()).toBeLessThan(300);
    const started = Date.now();
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeGreaterThan(500); // it waited for the slow receiver

    broker = await spawnBroker(args);
    expect((await callUrl(broker.url, 'GET', '/pacticipants/Drained')).body.displayName).toBe(
      'Drained during shutdown',
    );
    const logs = await callUrl(broker.url, 'GET', `/webhooks/${hook.body.uuid}/executions`);
    expect(logs.body._embedded.executions).toEqual([
      expect.objectContaining({ success: true, deliveryStatus: 'succeeded' }),
    ]);
    expect(receiver.received).toHaveLength(1);
  });
});
