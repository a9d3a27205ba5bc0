import { call, withBroker, type TestBroker, type Json } from './support/broker';
import { publishBody, samplePact } from './support/fixtures';

describe('publishing pacts and verification results', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await withBroker();
  });
  afterAll(() => broker.close());
  const pactPath = (version: string) => `/pacts/provider/Orders/consumer/Web/version/${version}`;

  it('publishes with PUT, serves the pact with links and interaction ids', async () => {
    const created = await call(broker, 'PUT', pactPath('1.0.0'), samplePact());
    expect(created.status).toBe(201);
    const pact = await call(broker, 'GET', pactPath('1.0.0'));
    expect(pact.body.consumer).toEqual({ name: 'Web' });
    expect(pact.body.interactions[0]._id).toMatch(/^[0-9a-f]{40}$/);
    expect(pact.body._links['pb:publish-verification-results'].href).toMatch(
      /\/pact-version\/[0-9a-f]+\/verification-results$/,
    );
    expect((await call(broker, 'GET', '/pacts/provider/Orders/consumer/Web/latest')).body._links.self.href).toContain(
      '/version/1.0.0',
    );
  });

  it('republishing identical content succeeds and changes nothing', async () => {
    const before = await call(broker, 'GET', pactPath('1.0.0'));
    const again = await call(broker, 'PUT', pactPath('1.0.0'), samplePact());
    expect(again.status).toBe(200);
    expect(again.body.createdAt).toBe(before.body.createdAt);
  });

  it('refuses different content for an existing consumer version with a 409 and a diff', async () => {
    const conflict = await call(broker, 'PUT', pactPath('1.0.0'), samplePact('Web', 'Orders', 'b'));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe('TREATY_BROKER_CONFLICT');
    expect(conflict.body.diff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: '$.interactions[0].description',
          change: 'changed',
          before: 'get order a',
          after: 'get order b',
        }),
      ]),
    );
    const viaContracts = await call(
      broker,
      'POST',
      '/contracts/publish',
      publishBody('1.0.0', [samplePact('Web', 'Orders', 'b')]),
    );
    expect(viaContracts.status).toBe(409);
  });

  it('stores content once per SHA and links it to every consumer version', async () => {
    await call(broker, 'PUT', pactPath('1.0.1'), samplePact());
    const first = await call(broker, 'GET', pactPath('1.0.0'));
    const second = await call(broker, 'GET', pactPath('1.0.1'));
    const sha = first.body._links['pb:pact-version'].name;
    expect(second.body._links['pb:pact-version'].name).toBe(sha);
    const bySha = await call(broker, 'GET', `/pacts/provider/Orders/consumer/Web/pact-version/${sha}`);
    expect(bySha.status).toBe(200);
    expect(bySha.body.interactions[0]._id).toBe(first.body.interactions[0]._id);
  });

  it('publishes verification results for content and shows them by number', async () => {
    const pact = await call(broker, 'GET', pactPath('1.0.0'));
    const href = new URL(pact.body._links['pb:publish-verification-results'].href).pathname;
    const result = await call(broker, 'POST', href, {
      success: true,
      providerApplicationVersion: '2.0.0',
      testResults: { tests: [] },
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ success: true, providerApplicationVersion: '2.0.0', providerName: 'Orders' });
    const shown = await call(broker, 'GET', `${href}/1`);
    expect(shown.body.testResults).toEqual({ tests: [] });
    const invalid = await call(broker, 'POST', href, { success: 'yes' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual({
      success: ['is missing or not a boolean'],
      providerApplicationVersion: ['is missing'],
    });
    expect((await call(broker, 'GET', `${href}/99`)).status).toBe(404);
  });

  it('rejects a pact whose names do not match the path, and non-pacts', async () => {
    const mismatch = await call(broker, 'PUT', '/pacts/provider/Other/consumer/Web/version/1', samplePact());
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.code).toBe('TREATY_BROKER_INVALID_PACT');
    const notPact = await call(broker, 'PUT', pactPath('3'), { hello: 'world' });
    expect(notPact.status).toBe(400);
    expect((await call(broker, 'GET', pactPath('9.9.9'))).status).toBe(404);
  });

  it('publishes contracts with notices, branch and tags, and validates the request', async () => {
    const published = await call(
      broker,
      'POST',
      '/contracts/publish',
      publishBody('2.0.0', [samplePact('Web', 'Orders', 'c'), samplePact('Web', 'Stock', 'c')], {
        branch: 'feat',
        tags: ['dev'],
      }),
    );
    expect(published.status).toBe(200);
    expect(published.body.notices[0]).toEqual({
      type: 'info',
      text: 'Created Web version 2.0.0 with branch feat and tag dev',
    });
    expect(published.body._links['pb:contracts']).toHaveLength(2);
    expect((await call(broker, 'GET', '/pacts/provider/Stock/consumer/Web/branch/feat/latest')).status).toBe(200);
    expect(
      (await call(broker, 'GET', '/pacts/provider/Orders/consumer/Web/latest/dev')).body._links.self.href,
    ).toContain('/version/2.0.0');
    const invalid = await call(broker, 'POST', '/contracts/publish', {
      pacticipantName: 'Web',
      contracts: [
        {
          consumerName: 'Other',
          providerName: 'Orders',
          specification: 'pact',
          contentType: 'application/json',
          content: 'e30=',
        },
      ],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toMatchObject({
      pacticipantVersionNumber: ['is missing'],
      'contracts[0].consumerName': ['must match pacticipantName ("Web")'],
    });
    const notBase64 = await call(broker, 'POST', '/contracts/publish', {
      ...publishBody('3', [samplePact()]),
      contracts: [
        {
          consumerName: 'Web',
          providerName: 'Orders',
          specification: 'pact',
          contentType: 'application/json',
          content: '!!!',
        },
      ],
    });
    expect(notBase64.status).toBe(400);
  });

  it('merges interactions with onConflict: merge', async () => {
    const body = publishBody('2.0.0', [samplePact('Web', 'Orders', 'd')]);
    (body.contracts as Record<string, unknown>[])[0].onConflict = 'merge';
    expect((await call(broker, 'POST', '/contracts/publish', body)).status).toBe(200);
    const pact = await call(broker, 'GET', pactPath('2.0.0'));
    expect(pact.body.interactions.map((i: { description: string }) => i.description)).toEqual([
      'get order c',
      'get order d',
    ]);
  });

  it('allows overwriting when the operator enables it', async () => {
    const permissive = await withBroker({ allowContractOverwrite: true });
    try {
      await call(permissive, 'PUT', pactPath('1'), samplePact());
      const replaced = await call(permissive, 'PUT', pactPath('1'), samplePact('Web', 'Orders', 'z'));
      expect(replaced.status).toBe(200);
      expect((await call(permissive, 'GET', pactPath('1'))).body.interactions[0].description).toBe('get order z');
    } finally {
      await permissive.close();
    }
  });
});

describe('pact validation through @treaty/core', () => {
  it('answers an interaction without a request with 400 naming the JSON path', async () => {
    const broker = await withBroker();
    try {
      const pact = samplePact();
      delete (pact.interactions as Record<string, unknown>[])[0].request;
      const res = await call(broker, 'PUT', '/pacts/provider/Orders/consumer/Web/version/1', pact);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('TREATY_BROKER_INVALID_PACT');
      expect(res.body.error.message).toContain('$.interactions[0].request');
    } finally {
      await broker.close();
    }
  });
});

describe('pact lists and integrations', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await withBroker();
    for (const [version, branch, variant] of [
      ['1', 'main', 'a'],
      ['2', 'main', 'b'],
      ['3', 'feat', 'c'],
    ]) {
      await call(broker, 'PUT', `/pacticipants/Web/branches/${branch}/versions/${version}`);
      await call(
        broker,
        'PUT',
        `/pacts/provider/Orders/consumer/Web/version/${version}`,
        samplePact('Web', 'Orders', variant),
      );
    }
  });
  afterAll(() => broker.close());
  const titles = (body: Json) => body._links['pb:pacts'].map((p: { title: string }) => p.title);

  it('lists a provider pacts by main branch, branch, latest and all', async () => {
    expect(titles((await call(broker, 'GET', '/pacts/provider/Orders/branch')).body)).toEqual([
      'Pact between Web (2) and Orders',
      'Pact between Web (1) and Orders',
    ]);
    expect(titles((await call(broker, 'GET', '/pacts/provider/Orders/branch/latest')).body)).toEqual([
      'Pact between Web (2) and Orders',
    ]);
    expect(titles((await call(broker, 'GET', '/pacts/provider/Orders/branch/feat/latest')).body)).toEqual([
      'Pact between Web (3) and Orders',
    ]);
    expect(titles((await call(broker, 'GET', '/pacts/provider/Orders')).body)).toHaveLength(3);
    expect((await call(broker, 'GET', '/pacts/provider/Orders/latest')).body._links['pb:pacts']).toHaveLength(1);
    expect((await call(broker, 'GET', '/pacts/provider/Nobody/branch')).status).toBe(404);
  });

  it('lists the versions of one pact and serves the latest of the main branch', async () => {
    const versions = await call(broker, 'GET', '/pacts/provider/Orders/consumer/Web/versions');
    expect(versions.body._embedded.pacts.map((p: Json) => p._embedded.consumerVersion.number)).toEqual(['3', '2', '1']);
    expect(
      (await call(broker, 'GET', '/pacts/provider/Orders/consumer/Web/branch/latest')).body.interactions[0].description,
    ).toBe('get order b');
    const latest = await call(broker, 'GET', '/pacts/latest');
    expect(latest.body.pacts[0]._embedded).toMatchObject({
      consumer: { name: 'Web', _embedded: { version: { number: '3' } } },
      provider: { name: 'Orders' },
    });
  });

  it('lists integrations', async () => {
    const res = await call(broker, 'GET', '/integrations');
    expect(res.body._embedded.integrations.map((i: Json) => [i.consumer.name, i.provider.name])).toEqual([
      ['Web', 'Orders'],
    ]);
  });
});

describe('pact specification versions', () => {
  it('stores V4 and V3 message pacts and adds _id to interactions and messages', async () => {
    const broker = await withBroker();
    try {
      const v4 = {
        consumer: { name: 'Web' },
        provider: { name: 'Orders' },
        interactions: [
          {
            type: 'Synchronous/HTTP',
            key: 'k1',
            description: 'get',
            request: { method: 'GET', path: '/x' },
            response: { status: 200 },
          },
          {
            type: 'Asynchronous/Messages',
            description: 'event',
            contents: { content: { e: 1 }, contentType: 'application/json', encoded: false },
          },
        ],
        metadata: { pactSpecification: { version: '4.0' } },
      };
      const messages = {
        consumer: { name: 'Web' },
        provider: { name: 'Queue' },
        messages: [{ description: 'evt', providerStates: [], contents: { id: 1 } }],
        metadata: { pactSpecification: { version: '3.0.0' } },
      };
      const first = await call(broker, 'PUT', '/pacts/provider/Orders/consumer/Web/version/1', v4);
      expect(first.status).toBe(201);
      expect(first.body.interactions.map((i: Json) => typeof i._id)).toEqual(['string', 'string']);
      const second = await call(broker, 'PUT', '/pacts/provider/Queue/consumer/Web/version/1', messages);
      expect(second.status).toBe(201);
      expect(second.body.messages[0]._id).toMatch(/^[0-9a-f]{40}$/);
    } finally {
      await broker.close();
    }
  });
});
