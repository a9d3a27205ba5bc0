import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBroker, type RunningBroker } from '@treaty/broker';
import { BrokerClient, linksOf } from '@treaty/broker-client';

jest.setTimeout(30_000);

const dir = mkdtempSync(join(tmpdir(), 'treaty-broker-client-'));
const pactDir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'contracts');
let broker: RunningBroker;

beforeAll(async () => {
  broker = await startBroker({
    port: 0,
    database: join(dir, 'broker.db'),
    auth: { writeTokens: ['w'], readTokens: ['r'] },
  });
});
afterAll(async () => {
  await broker.close();
  rmSync(dir, { recursive: true, force: true });
});

const writer = () => new BrokerClient({ baseUrl: broker.url, token: 'w' });

function firstPact(): Record<string, unknown> {
  const name = readdirSync(pactDir).find((file) => file.endsWith('.json')) as string;
  return JSON.parse(readFileSync(join(pactDir, name), 'utf8')) as Record<string, unknown>;
}

describe('BrokerClient against a real @treaty/broker', () => {
  it('walks the index to create and list environments', async () => {
    const client = writer();
    const href = await client.link('pb:environments');
    await client.post(href, { name: 'staging', production: false }, 'create environment staging');
    const list = await client.get(href, 'list environments');
    const names = ((list._embedded?.environments ?? []) as Array<{ name: string }>).map((e) => e.name);
    expect(names).toContain('staging');
  });

  it('publishes a pact and follows the returned links', async () => {
    const client = writer();
    const pact = firstPact();
    const consumer = (pact.consumer as { name: string }).name;
    const href = await client.link('pb:publish-contracts');
    const answer = await client.post(
      href,
      {
        pacticipantName: consumer,
        pacticipantVersionNumber: '1.0.0',
        branch: 'main',
        contracts: [
          {
            consumerName: consumer,
            providerName: (pact.provider as { name: string }).name,
            specification: 'pact',
            contentType: 'application/json',
            content: Buffer.from(JSON.stringify(pact)).toString('base64'),
          },
        ],
      },
      'publish',
    );
    const [pactLink] = linksOf(answer, 'pb:contracts');
    expect(pactLink?.href).toBeDefined();
    const read = await client.get(pactLink.href, 'read the pact');
    expect(read).toMatchObject({ consumer: { name: consumer } });
  });

  it("turns the broker's 404 into undefined for find and into its message otherwise", async () => {
    const client = writer();
    const url = await client.link('pb:pacticipant', { pacticipant: 'nobody' });
    await expect(client.find(url, 'read nobody')).resolves.toBeUndefined();
    await expect(client.get(url, 'read nobody')).rejects.toMatchObject({
      code: 'TREATY_BROKER_CLIENT_REQUEST',
      details: { status: 404 },
    });
  });

  it("passes on the broker's validation message for a bad body", async () => {
    const client = writer();
    const error = await client
      .post(await client.link('pb:environments'), { production: 'maybe' }, 'create an environment')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TREATY_BROKER_CLIENT_REQUEST', details: { status: 400 } });
    expect((error as Error).message).toMatch(
      /^Failed to create an environment: the broker answered 400 \(.+\)\. Check the values passed\.$/,
    );
  });

  it('reads with a read token, is refused a write with it, and is refused without credentials', async () => {
    const reader = new BrokerClient({ baseUrl: broker.url, token: 'r' });
    const href = await reader.link('pb:environments');
    await expect(
      reader.post(href, { name: 'prod', production: true }, 'create environment prod'),
    ).rejects.toMatchObject({ details: { status: 403 } });
    await expect(new BrokerClient({ baseUrl: broker.url }).index()).rejects.toMatchObject({
      details: { status: 401 },
      message: expect.stringContaining('Pass credentials: a token, or a username and password.'),
    });
  });
});
