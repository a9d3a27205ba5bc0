import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pactBroker } from './support/cli';
import { samplePact } from './support/fixtures';
import { startHttpBroker, type HttpBroker } from './support/http-broker';
import { startReceiver, type Receiver } from './support/receiver';

jest.setTimeout(90_000);

describe('official pact-broker CLI: webhooks and auth', () => {
  let dir: string;
  let broker: HttpBroker;
  let receiver: Receiver;
  const cli = (...args: string[]) => pactBroker([...args, '-b', broker.url]);
  const writePact = (name: string, pact: Record<string, unknown>) => {
    const pactDir = join(dir, name);
    mkdirSync(pactDir, { recursive: true });
    writeFileSync(join(pactDir, 'Web-Orders.json'), JSON.stringify(pact));
    return pactDir;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'treaty-cli-auth-'));
    receiver = await startReceiver();
    broker = await startHttpBroker({
      auth: { writeTokens: ['write-token'], readOnlyBasic: { username: 'reader', password: 'pw' } },
      webhooks: { allowedSchemes: ['http'], allowPrivateDestinations: true, pollIntervalMs: 30 },
    });
  });
  afterAll(async () => {
    await broker.close();
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a webhook with create-webhook and a bearer token, then publish triggers it', async () => {
    const created = await cli(
      'create-webhook',
      `${receiver.url}/hook`,
      '-X',
      'POST',
      '-H',
      'Content-Type: application/json',
      '-d',
      '{"version":"${pactbroker.consumerVersionNumber}","pact":"${pactbroker.pactUrl}"}',
      '--consumer',
      'Web',
      '--provider',
      'Orders',
      '--contract-published',
      '--description',
      'cli hook',
      '-k',
      'write-token',
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const list = await broker.call('GET', '/webhooks', undefined, { authorization: 'Bearer write-token' });
    expect(list.body._embedded.webhooks).toMatchObject([
      {
        description: 'cli hook',
        consumer: { name: 'Web' },
        provider: { name: 'Orders' },
        events: [{ name: 'contract_published' }],
      },
    ]);

    const published = await cli(
      'publish',
      writePact('v1', samplePact()),
      '--consumer-app-version',
      '1.0.0',
      '--branch',
      'main',
      '-k',
      'write-token',
    );
    expect(published.code).toBe(0);
    const [hit] = await receiver.waitFor(1);
    expect(JSON.parse(hit.body)).toMatchObject({
      version: '1.0.0',
      pact: expect.stringContaining('/pacts/provider/Orders/consumer/Web/pact-version/'),
    });
  });

  it('updates a webhook by uuid with create-or-update-webhook', async () => {
    const result = await cli(
      'create-or-update-webhook',
      `${receiver.url}/other`,
      '--uuid',
      'fixed-uuid-0001',
      '-X',
      'POST',
      '--provider',
      'Orders',
      '--provider-verification-published',
      '-k',
      'write-token',
    );
    expect(result.code).toBe(0);
    const hook = await broker.call('GET', '/webhooks/fixed-uuid-0001', undefined, {
      authorization: 'Bearer write-token',
    });
    expect(hook.body).toMatchObject({
      provider: { name: 'Orders' },
      events: [{ name: 'provider_verification_published' }],
      request: { url: `${receiver.url}/other` },
    });
  });

  it('refuses a publish with read-only Basic credentials and without credentials, but lets them read', async () => {
    const readOnly = await cli(
      'publish',
      writePact('v2', samplePact('Web', 'Orders', 'b')),
      '--consumer-app-version',
      '2.0.0',
      '-u',
      'reader',
      '-p',
      'pw',
    );
    expect(readOnly.code).not.toBe(0);
    const anonymous = await cli(
      'publish',
      writePact('v3', samplePact('Web', 'Orders', 'c')),
      '--consumer-app-version',
      '3.0.0',
    );
    expect(anonymous.code).not.toBe(0);
    const described = await cli(
      'describe-version',
      '--pacticipant',
      'Web',
      '--version',
      '1.0.0',
      '-u',
      'reader',
      '-p',
      'pw',
      '--output',
      'json',
    );
    expect(described.code).toBe(0);
    expect(
      (await broker.call('GET', '/pacticipants/Web/versions/2.0.0', undefined, { authorization: 'Bearer write-token' }))
        .status,
    ).toBe(404);
  });
});
