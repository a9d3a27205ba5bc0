import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { treatyInProcess as treaty } from './support/run-in-process';
import { startTestBroker, type TestBroker } from './support/test-broker';

let broker: TestBroker;
let env: Record<string, string>;
let receiver: Server;
let receiverUrl: string;
const received: Array<{ method?: string; headers: Record<string, unknown>; body: string }> = [];

beforeAll(async () => {
  broker = await startTestBroker({
    webhooks: {
      allowedSchemes: ['http', 'https'],
      allowedMethods: ['POST', 'PUT'],
      allowPrivateDestinations: true,
      pollIntervalMs: 60_000,
    },
  });
  env = { PACT_BROKER_BASE_URL: broker.url };
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ method: req.method, headers: req.headers, body });
      res.writeHead(req.url === '/fail' ? 500 : 202, { 'content-type': 'text/plain' }).end('thanks');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await broker.close();
});

async function getWebhook(uuid: string): Promise<Record<string, any>> {
  return (await (await fetch(`${broker.url}/webhooks/${uuid}`)).json()) as Record<string, any>;
}

describe('webhook commands against a real broker', () => {
  it('create-webhook sends the official flags as a Pact Broker webhook', async () => {
    const run = await treaty(
      [
        'create-webhook',
        `${receiverUrl}/hook`,
        '-X',
        'POST',
        '-H',
        'Content-Type: application/json',
        '-H',
        'X-Team: a',
        '-d',
        '{"ref":"${pactbroker.consumerVersionNumber}"}',
        '--user',
        'ci:s3:cret',
        '--provider',
        'users-api',
        '--description',
        'Trigger build',
        '--contract-content-changed',
        '--provider-verification-failed',
        '-o',
        'json',
      ],
      { env },
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const webhook = JSON.parse(run.stdout);
    expect(webhook).toMatchObject({
      description: 'Trigger build',
      provider: { name: 'users-api' },
      events: [{ name: 'contract_content_changed' }, { name: 'provider_verification_failed' }],
      request: {
        method: 'POST',
        url: `${receiverUrl}/hook`,
        headers: { 'Content-Type': 'application/json', 'X-Team': 'a' },
        body: { ref: '${pactbroker.consumerVersionNumber}' },
        username: 'ci',
      },
    });
  });

  it('create-webhook without an event is a usage error naming the event flags', async () => {
    const run = await treaty(['create-webhook', `${receiverUrl}/hook`, '--provider', 'users-api'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        /^treaty: Failed to parse the command line: no event: pass at least one of /.source +
          /--contract-content-changed, .*--contract-requiring-verification-published\./.source,
      ),
    );
  });

  it(
    'create-or-update-webhook creates with a generated UUID, then updates; test-webhook calls it; ' +
      'delete-webhook removes it',
    async () => {
      const uuid = (await treaty(['generate-uuid'])).stdout.trim();
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const created = await treaty(
        [
          'create-or-update-webhook',
          `${receiverUrl}/hook`,
          '--uuid',
          uuid,
          '--description',
          'v1',
          '--contract-published',
        ],
        { env },
      );
      expect(created).toMatchObject({ code: 0, stdout: 'Webhook "v1" created\n' });
      const updated = await treaty(
        [
          'create-or-update-webhook',
          `${receiverUrl}/hook`,
          '--uuid',
          uuid,
          '-X',
          'PUT',
          '--description',
          'v2',
          '--contract-published',
          '--provider-verification-published',
        ],
        { env },
      );
      expect(updated).toMatchObject({ code: 0, stdout: 'Webhook "v2" updated\n' });
      expect(await getWebhook(uuid)).toMatchObject({
        description: 'v2',
        request: { method: 'PUT' },
        events: [{ name: 'contract_published' }, { name: 'provider_verification_published' }],
      });

      const tested = await treaty(['test-webhook', '--uuid', uuid], { env });
      expect(tested).toMatchObject({
        code: 0,
        stdout: `Webhook ${uuid}: PUT ${receiverUrl}/hook -> HTTP 202\nthanks\n`,
      });
      expect(received.at(-1)?.method).toBe('PUT');

      expect(await treaty(['delete-webhook', '--uuid', uuid], { env })).toMatchObject({
        code: 0,
        stdout: `Webhook ${uuid} deleted\n`,
      });
      expect((await fetch(`${broker.url}/webhooks/${uuid}`)).status).toBe(404);
      const again = await treaty(['delete-webhook', '--uuid', uuid], { env });
      expect(again.code).toBe(1);
      expect(again.stderr).toBe(
        `treaty: Failed to find webhook ${uuid} in the Pact Broker: it does not exist. Check the UUID.\n`,
      );
    },
  );

  it('test-webhook exits 1 when the webhook call fails', async () => {
    const uuid = (await treaty(['generate-uuid'])).stdout.trim();
    await treaty(['create-or-update-webhook', `${receiverUrl}/fail`, '--uuid', uuid, '--contract-published'], { env });
    const run = await treaty(['test-webhook', '--uuid', uuid], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`POST ${receiverUrl}/fail -> HTTP 500`);
  });
});
