import { v1Pact, v2Pact, v3MessagePact, v3Pact, v4Pact } from '../../test/fixtures/pact-files';
import { parsePact } from './parse-pact';

describe('parsePact', () => {
  it('reads a V1 pact: query string, lower-case method, provider state', () => {
    const pact = parsePact(v1Pact);
    expect(pact.specVersion).toBe('V1');
    const [interaction] = pact.interactions;
    expect(interaction).toMatchObject({
      type: 'Synchronous/HTTP',
      providerStates: [{ name: 'an alligator exists' }],
      request: { method: 'get', query: { name: ['Mary'], age: ['3'] }, headers: { Accept: ['application/json'] } },
      response: { status: 200, body: { content: { name: 'Mary' }, contentType: 'application/json' } },
      extra: { provider_state: 'ignored-old-key' },
    });
  });

  it('reads V1.1 from the Ruby-era metadata key', () => {
    expect(parsePact({ ...v1Pact, metadata: { 'pact-specification': { version: '1.1.0' } } }).specVersion).toBe('V1.1');
    expect(parsePact({ ...v1Pact, metadata: { pactSpecificationVersion: '2.0.0' } }).specVersion).toBe('V2');
  });

  it('infers the version from the shapes when the metadata says nothing', () => {
    const { metadata: _m, ...bare } = v2Pact;
    expect(parsePact(bare).specVersion).toBe('V2');
    expect(parsePact({ ...v3MessagePact, metadata: undefined }).specVersion).toBe('V3');
    expect(parsePact({ ...v4Pact, metadata: {} }).specVersion).toBe('V4');
  });

  it('reads V2 flat rules into categories', () => {
    const [interaction] = parsePact(v2Pact).interactions;
    expect(interaction.type === 'Synchronous/HTTP' && interaction.response.matchingRules).toEqual({
      body: {
        '$.items': { matchers: [{ match: 'type', min: 1 }] },
        '$.items[*].id': { matchers: [{ match: 'type' }] },
        "$['total']": { matchers: [{ match: 'type' }] },
      },
    });
  });

  it('reads V3 provider states with params, rules and generators', () => {
    const [interaction] = parsePact(v3Pact).interactions;
    expect(interaction.providerStates).toEqual([{ name: 'a user', params: { id: 1 } }, { name: 'stock' }]);
    expect(interaction.type === 'Synchronous/HTTP' && interaction.request.generators).toEqual({
      path: { '': { expression: '/users/${id}/orders', type: 'ProviderState' } },
    });
  });

  it('reads V3 messages as asynchronous message interactions', () => {
    const [message] = parsePact(v3MessagePact).interactions;
    expect(message).toMatchObject({
      type: 'Asynchronous/Messages',
      description: 'an order event',
      contents: { content: { id: 7 }, contentType: 'application/json' },
    });
  });

  it('reads every V4 interaction type with keys, pending, comments, plugin data and broker data', () => {
    const pact = parsePact(v4Pact);
    expect(pact.extra).toEqual({ _links: { self: { href: 'http://broker/pacts/1' } } });
    const [http, async, sync] = pact.interactions;
    expect(http).toMatchObject({
      type: 'Synchronous/HTTP',
      key: 'k-1',
      pending: false,
      id: 'abc123',
      transport: 'http',
      comments: { testname: 't1' },
    });
    expect(async).toMatchObject({
      type: 'Asynchronous/Messages',
      pending: true,
      pluginConfiguration: { protobuf: { descriptorKey: 'x' } },
      interactionMarkup: { markupType: 'COMMON_MARK' },
      contents: { encoded: 'base64', contentTypeHint: 'BINARY' },
      extra: { unknownField: { kept: true } },
    });
    expect(sync).toMatchObject({
      type: 'Synchronous/Messages',
      request: { contents: { content: { sku: 'A' }, encoded: 'json' } },
    });
    expect(sync.type === 'Synchronous/Messages' && sync.response).toHaveLength(1);
  });

  it('accepts JSON text', () => {
    expect(parsePact(JSON.stringify(v3Pact)).interactions).toHaveLength(1);
  });
});

describe('parsePact errors', () => {
  const withRequest = (request: unknown) => ({
    ...v3Pact,
    interactions: [{ description: 'bad one', request, response: { status: 200 } }],
  });
  const cases: Array<[string, unknown, string]> = [
    ['not an object', 42, '$'],
    ['no consumer name', { ...v3Pact, consumer: {} }, '$.consumer.name'],
    ['interactions not an array', { ...v3Pact, interactions: {} }, '$.interactions'],
    ['an interaction without a description', { ...v3Pact, interactions: [{}] }, '$.interactions[0].description'],
    ['a method that is a number', withRequest({ method: 1, path: '/' }), '$.interactions[0].request.method'],
    [
      'a provider state without a name',
      {
        ...v3Pact,
        interactions: [
          { description: 'x', providerStates: [{}], request: { method: 'GET', path: '/' }, response: { status: 200 } },
        ],
      },
      '$.interactions[0].providerStates[0].name',
    ],
    [
      'an unknown interaction type',
      { ...v4Pact, interactions: [{ description: 'x', type: 'Carrier/Pigeon' }] },
      '$.interactions[0].type',
    ],
    [
      'an unsupported version',
      { ...v3Pact, metadata: { pactSpecification: { version: '9.0.0' } } },
      "$.metadata['pactSpecification'].version",
    ],
    ['text that is not JSON', '{nope', '$'],
  ];

  it.each(cases)('names the JSON path for %s', (_name, json, path) => {
    expect(() => parsePact(json, { source: 'bad.json' })).toThrow(
      expect.objectContaining({
        code: 'TREATY_CORE_INVALID_PACT',
        details: expect.objectContaining({ path, source: 'bad.json' }),
      }),
    );
  });

  it('names the interaction by its description in the message', () => {
    expect(() => parsePact(withRequest({ method: 'GET', path: 5 }), { source: 'orders.json' })).toThrow(
      'Failed to read pact orders.json: in interaction "bad one" at $.interactions[0].request.path expected ' +
        'a request path string such as "/orders/1" but found 5 (number). Fix the pact file or regenerate it ' +
        'with the consumer tests.',
    );
  });
});
