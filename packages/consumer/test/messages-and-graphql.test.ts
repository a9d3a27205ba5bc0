import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  asynchronousBodyHandler,
  flushPacts,
  GraphQLPactV3,
  MatchersV3,
  MessageConsumerPact,
  PactV4,
  pactFilePath,
  SpecificationVersion,
} from '@treaty/consumer';

const { integer, string, like } = MatchersV3;

describe('messages and GraphQL', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-messages-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const written = (consumer: string, provider: string) => {
    flushPacts();
    return JSON.parse(readFileSync(pactFilePath({ consumer, provider, dir, specVersion: 'V4' }), 'utf8'));
  };

  it('writes V4 asynchronous and synchronous messages with their rules and metadata', async () => {
    const pact = new PactV4({ consumer: 'events-web', provider: 'events-api', dir });
    const received: unknown[] = [];
    await pact
      .addAsynchronousInteraction()
      .given('an order', { id: 3 })
      .expectsToReceive('order shipped', (b) =>
        b.withJSONContent({ id: integer(3), carrier: string('DHL') }).withMetadata({ topic: 'orders' }),
      )
      .executeTest(async (m) => void received.push(m));
    const reply = await pact
      .addSynchronousInteraction('price lookup')
      .withRequest((b) => b.withJSONContent({ sku: string('A-1') }))
      .withResponse((b) => b.withJSONContent({ price: integer(10) }))
      .executeTest(async (m) => JSON.parse(m.Response[0].content.toString()));
    expect(received).toEqual([
      {
        contents: { content: { id: 3, carrier: 'DHL' }, contentType: 'application/json' },
        metadata: { topic: 'orders' },
      },
    ]);
    expect(reply).toEqual({ price: 10 });

    const [async, sync] = written('events-web', 'events-api').interactions;
    expect(async).toMatchObject({
      type: 'Asynchronous/Messages',
      description: 'order shipped',
      providerStates: [{ name: 'an order', params: { id: 3 } }],
      contents: { content: { id: 3, carrier: 'DHL' }, contentType: 'application/json' },
      metadata: { topic: 'orders' },
      matchingRules: {
        body: { '$.id': { matchers: [{ match: 'integer' }] }, '$.carrier': { matchers: [{ match: 'type' }] } },
      },
    });
    expect(sync).toMatchObject({
      type: 'Synchronous/Messages',
      request: { contents: { content: { sku: 'A-1' } } },
      response: [{ contents: { content: { price: 10 } } }],
    });
    expect([async.pending, sync.pending]).toEqual([false, false]);
  });

  it('applies generators to what message handlers see; V4 handlers see content types and metadata', async () => {
    const pact = new PactV4({ consumer: 'generated-web', provider: 'generated-api', dir });
    const seen: unknown[] = [];
    await pact
      .addAsynchronousInteraction()
      .key('order-shipped-v1')
      .expectsToReceive('order shipped with an id', (b) =>
        b.withJSONContent({ id: MatchersV3.uuid() }).withMetadata({ n: integer() }),
      )
      .executeTest(async (m) => void seen.push(m));
    await pact
      .addSynchronousInteraction('price lookup, two answers')
      .withRequest((b) => b.withJSONContent({ sku: string('A-1') }).withMetadata({ queue: 'prices' }))
      .withResponse((b) => b.withJSONContent({ price: integer(10) }))
      .withResponse((b) => b.withContent('text/plain', Buffer.from('out of stock')))
      .executeTest(async (m) => void seen.push(m));
    const { interactions } = written('generated-web', 'generated-api');
    const [async, sync] = seen as [
      { contents: { content: { id: string } }; metadata: { n: number } },
      import('@treaty/consumer').SynchronousMessage,
    ];
    expect(interactions[0].key).toBe('order-shipped-v1');
    expect(async.contents.content.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(async.contents.content.id).not.toBe(interactions[0].contents.content.id);
    expect(typeof async.metadata.n).toBe('number');
    expect(sync.Request).toMatchObject({
      contentType: 'application/json',
      metadata: { queue: 'prices', contentType: 'application/json' },
    });
    expect(sync.Response.map((r) => [r.contentType, r.content.toString()])).toEqual([
      ['application/json', '{"price":10}'],
      ['text/plain', 'out of stock'],
    ]);
    expect(interactions[1].response).toHaveLength(2);
  });

  it('does not record a message whose handler fails', async () => {
    const pact = new PactV4({ consumer: 'events-web', provider: 'failing-api', dir });
    const run = pact
      .addAsynchronousInteraction()
      .expectsToReceive('a broken event', (b) => b.withJSONContent({ id: 1 }))
      .executeTest(async () => {
        throw new Error('handler failed');
      });
    await expect(run).rejects.toThrow('handler failed');
    flushPacts();
    expect(() =>
      readFileSync(pactFilePath({ consumer: 'events-web', provider: 'failing-api', dir, specVersion: 'V4' })),
    ).toThrow(/ENOENT/);
  });

  it('writes MessageConsumerPact messages as a V3 message pact', async () => {
    const handled: unknown[] = [];
    await new MessageConsumerPact({ consumer: 'legacy-web', provider: 'legacy-api', dir })
      .given({ name: 'an order', params: { id: 1 } })
      .expectsToReceive('order created')
      .withContent({ id: like(1) })
      .withMetadata({ topic: 'orders' })
      .verify(asynchronousBodyHandler(async (body) => void handled.push(body)));
    expect(handled).toEqual([{ id: 1 }]);
    const file = written('legacy-web', 'legacy-api');
    expect(file.metadata.pactSpecification.version).toBe('3.0.0');
    expect(file.messages[0]).toMatchObject({
      description: 'order created',
      contents: { id: 1 },
      metadata: { topic: 'orders', contentType: 'application/json' },
      providerStates: [{ name: 'an order', params: { id: 1 } }],
    });
  });

  it('hands MessageConsumerPact handlers generated values and the content type, as pact-js does', async () => {
    const seen: import('@treaty/consumer').ConcreteMessage[] = [];
    await new MessageConsumerPact({ consumer: 'legacy-web', provider: 'generated-legacy-api', dir })
      .expectsToReceive('order counted')
      .withContent({ count: integer() })
      .verify(async (m) => void seen.push(m));
    const [message] = written('legacy-web', 'generated-legacy-api').messages;
    expect(message.generators.body['$.count']).toMatchObject({ type: 'RandomInt', min: 0, max: 10 });
    expect(seen[0].metadata).toEqual({ contentType: 'application/json' });
    expect((seen[0].contents as { count: number }).count).toBeLessThanOrEqual(10);
    expect(message.contents.count).toBeGreaterThan(10);
  });

  it('builds GraphQL interactions (V4 and V3) whose query tolerates whitespace', async () => {
    const query = 'query Orders { orders { id } }';
    const v4 = new PactV4({ consumer: 'graphql-web', provider: 'graphql-api', dir });
    await v4
      .addGraphQLInteraction()
      .uponReceiving('an orders query')
      .withOperation('Orders')
      .withRequest('POST', '/graphql')
      .withQuery(query)
      .willRespondWith(200, (b) => b.jsonBody({ data: { orders: [{ id: integer(1) }] } }))
      .executeTest(async (server) => {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ operationName: 'Orders', query: 'query Orders {\n  orders {\n    id\n  }\n}' }),
        });
        expect(await res.json()).toEqual({ data: { orders: [{ id: 1 }] } });
      });
    const v3 = new GraphQLPactV3({
      consumer: 'graphql-web',
      provider: 'graphql-api-v3',
      dir,
      spec: SpecificationVersion.SPECIFICATION_VERSION_V4,
    });
    v3.uponReceiving('an orders query')
      .withOperation('Orders')
      .withQuery(query)
      .withRequest({ method: 'POST', path: '/graphql' })
      .willRespondWith({ status: 200, body: { data: null } });
    await v3.executeTest(async (server) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ operationName: 'Orders', query }),
      });
      expect(res.status).toBe(200);
    });
    expect(() => v3.uponReceiving('bad').withQuery('query {')).toThrow(
      expect.objectContaining({ code: 'TREATY_CONSUMER_INVALID_INTERACTION' }),
    );
    const [interaction] = written('graphql-web', 'graphql-api').interactions;
    expect(interaction.request.matchingRules.body['$.query'].matchers[0].match).toBe('regex');
  });
});
