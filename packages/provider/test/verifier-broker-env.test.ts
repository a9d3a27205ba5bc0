import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBroker, type RunningBroker } from '@treaty/broker';
import { MessageProviderPact, Verifier, providerWithMetadata, type VerifierOptions } from '@treaty/provider';
import { withBrokerEnv } from '../src/broker-env';
import { TextSink } from './support/text-sink';
import { startThingsServer, thingsPact } from './support/things-server';

// pact-js (pact-core) reads the broker URL and credentials from PACT_BROKER_* when the options leave them out; the
// PactFlow example providers rely on it: they pass pactBrokerUrl or PACT_URL and leave the token to the environment.
const TOKEN = 'env-token';
const BROKER_VARS = ['PACT_BROKER_BASE_URL', 'PACT_BROKER_TOKEN', 'PACT_BROKER_USERNAME', 'PACT_BROKER_PASSWORD'];
let root: string;
let broker: RunningBroker;
let server: Awaited<ReturnType<typeof startThingsServer>>;

const auth = (req: { headers: Record<string, unknown> }, _res: unknown, next: () => void) => {
  req.headers.authorization = 'Bearer t0k3n';
  next();
};

const messagePact = {
  consumer: { name: 'worker' },
  provider: { name: 'things' },
  messages: [{ description: 'a thing was made', contents: { id: 3 }, metadata: { topic: 'things' } }],
  metadata: { pactSpecification: { version: '3.0.0' } },
};

async function publish(pact: Record<string, unknown>, version: string, branch: string): Promise<void> {
  const consumer = (pact.consumer as { name: string }).name;
  const contract = {
    consumerName: consumer,
    providerName: 'things',
    specification: 'pact',
    contentType: 'application/json',
    content: Buffer.from(JSON.stringify(pact)).toString('base64'),
  };
  const body = { pacticipantName: consumer, pacticipantVersionNumber: version, branch, contracts: [contract] };
  const res = await fetch(`${broker.url}/contracts/publish`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
  });
  if (!res.ok) throw new Error(`publish failed: ${res.status} ${await res.text()}`);
}

/** Run `fn` with the PACT_BROKER_* variables set to `env` (and the others unset), restoring them after. */
async function withEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = BROKER_VARS.map((name) => [name, process.env[name]] as const);
  for (const name of BROKER_VARS) delete process.env[name];
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

function fromBroker(extra: Partial<VerifierOptions> = {}): VerifierOptions {
  return {
    provider: 'things',
    providerBaseUrl: server.url,
    consumerVersionSelectors: [{ branch: 'main' }],
    requestFilter: auth,
    output: new TextSink(),
    ...extra,
  };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'treaty-broker-env-'));
  broker = await startBroker({ port: 0, database: join(root, 'broker.db'), auth: { writeTokens: [TOKEN] } });
  server = await startThingsServer();
  await publish(thingsPact(), '1.0.0', 'main');
  await publish(messagePact, '2.0.0', 'events');
}, 60_000);

afterAll(async () => {
  await server?.close();
  await broker?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('broker settings from the environment, as pact-js reads them', () => {
  it('Verifier takes the token from PACT_BROKER_TOKEN when pactBrokerUrl is given without one', async () => {
    const report = await withEnv({ PACT_BROKER_TOKEN: TOKEN }, () =>
      new Verifier(fromBroker({ pactBrokerUrl: broker.url })).verifyProvider(),
    );
    expect(report).toMatchObject({ success: true, summary: { pacts: 1, passed: 1 } });
  });

  it('Verifier takes the broker URL from PACT_BROKER_BASE_URL as well', async () => {
    const report = await withEnv({ PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_TOKEN: TOKEN }, () =>
      new Verifier(fromBroker()).verifyProvider(),
    );
    expect(report).toMatchObject({ success: true, summary: { pacts: 1, passed: 1 } });
  });

  it('Verifier reads a pact URL on the broker with the token from the environment', async () => {
    const url = `${broker.url}/pacts/provider/things/consumer/web/version/1.0.0`;
    const report = await withEnv({ PACT_BROKER_TOKEN: TOKEN }, () =>
      new Verifier({
        providerBaseUrl: server.url,
        pactUrls: [url],
        requestFilter: auth,
        output: new TextSink(),
      }).verifyProvider(),
    );
    expect(report).toMatchObject({ success: true, summary: { pacts: 1, passed: 1 } });
  });

  it('without the variable the broker refuses the Verifier', async () => {
    const error = await withEnv({}, () =>
      new Verifier(fromBroker({ pactBrokerUrl: broker.url })).verifyProvider().catch((e: unknown) => e),
    );
    expect(error).toMatchObject({ code: 'TREATY_BROKER_CLIENT_REQUEST' });
    expect((error as Error).message).toContain('401');
  });

  it('MessageProviderPact takes the broker URL and token from the environment', async () => {
    const report = await withEnv({ PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_TOKEN: TOKEN }, () =>
      new MessageProviderPact({
        provider: 'things',
        consumerVersionSelectors: [{ branch: 'events' }],
        output: new TextSink(),
        messageProviders: { 'a thing was made': providerWithMetadata(() => ({ id: 3 }), { topic: 'things' }) },
      }).verify(),
    );
    expect(report).toMatchObject({ success: true, summary: { pacts: 1, passed: 1 } });
  });
});

describe('withBrokerEnv', () => {
  const env = {
    PACT_BROKER_BASE_URL: 'http://env-broker',
    PACT_BROKER_TOKEN: 'env-token',
    PACT_BROKER_USERNAME: 'env-user',
    PACT_BROKER_PASSWORD: 'env-pass',
  };

  it('fills every broker setting the options leave out', () => {
    expect(withBrokerEnv({ provider: 'things' }, env)).toEqual({
      provider: 'things',
      pactBrokerUrl: 'http://env-broker',
      pactBrokerToken: 'env-token',
      pactBrokerUsername: 'env-user',
      pactBrokerPassword: 'env-pass',
    });
  });

  it('keeps the settings the options give, and fills empty ones as pact-core does', () => {
    const options = { pactBrokerUrl: 'http://given', pactBrokerToken: '', pactBrokerUsername: 'me' };
    expect(withBrokerEnv(options, env)).toEqual({
      pactBrokerUrl: 'http://given',
      pactBrokerToken: 'env-token',
      pactBrokerUsername: 'me',
      pactBrokerPassword: 'env-pass',
    });
  });

  it('leaves the options alone when the variables are unset or empty', () => {
    expect(withBrokerEnv({ pactBrokerUrl: 'http://given' }, { PACT_BROKER_TOKEN: '' })).toEqual({
      pactBrokerUrl: 'http://given',
    });
  });
});
