import { v1Pact, v2Pact, v3MessagePact, v3Pact, v4Pact } from '../../test/fixtures/pact-files';
import type { HttpInteraction, Pact } from '../model';
import { parsePact } from './parse-pact';
import { serializePact } from './serialize-pact';

// Written pacts are plain JSON; the tests below read into them freely.
type Written = { interactions: Array<Record<string, any>>; metadata: Record<string, unknown> };

describe('serializePact round trips', () => {
  const files: Array<[string, Record<string, unknown>, 'V2' | 'V3' | 'V4']> = [
    ['V2 HTTP', v2Pact, 'V2'],
    ['V3 HTTP', v3Pact, 'V3'],
    ['V3 messages', v3MessagePact, 'V3'],
    ['V4 of every type', v4Pact, 'V4'],
  ];

  it.each(files)('writes a %s pact back as it was', (_name, file, specVersion) => {
    expect(serializePact(parsePact(file), { specVersion })).toEqual(file);
  });

  it.each(files)('reads a written %s pact back to the same model', (_name, file, specVersion) => {
    const model = parsePact(file);
    expect(parsePact(serializePact(model, { specVersion }))).toEqual(model);
  });

  it('writes keys in sorted order, interactions in the given order', () => {
    const written = serializePact(parsePact(v4Pact));
    expect(Object.keys(written)).toEqual(['_links', 'consumer', 'interactions', 'metadata', 'provider']);
    const interactions = written.interactions as Array<Record<string, unknown>>;
    expect(interactions.map((i) => i.description)).toEqual(['get an order', 'a binary event', 'a price request']);
    expect(Object.keys(interactions[0])).toEqual([...Object.keys(interactions[0])].sort());
  });
});

describe('status rules', () => {
  const withStatusRule = (rules: unknown) => ({
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions: [
      {
        type: 'Synchronous/HTTP',
        description: 'd',
        request: { method: 'GET', path: '/' },
        response: { status: 200, matchingRules: { status: rules } },
      },
    ],
    metadata: { pactSpecification: { version: '4.0' } },
  });
  const rule = { combine: 'AND', matchers: [{ match: 'statusCode', status: 'success' }] };

  it("are written in pact-reference's shape, under the root path", () => {
    const written = serializePact(parsePact(withStatusRule({ $: rule }))) as Written;
    expect(written.interactions[0].response.matchingRules.status).toEqual({ $: rule });
  });

  it('are read from that shape and from the bare one into the same model', () => {
    const [fromRoot, fromBare] = [withStatusRule({ $: rule }), withStatusRule(rule)].map(
      (file) => parsePact(file).interactions[0] as HttpInteraction,
    );
    expect(fromRoot.response.matchingRules).toEqual({
      status: { '': { combine: 'AND', matchers: [{ match: 'statusCode', status: 'success' }] } },
    });
    expect(fromBare.response.matchingRules).toEqual(fromRoot.response.matchingRules);
  });
});

describe('serializePact converts between versions', () => {
  it('writes V2 shapes: providerState, flat rule keys, query string, raw bodies', () => {
    const written = serializePact(parsePact(v2Pact), { specVersion: 'V2' }) as Written;
    expect(written.interactions[0].providerState).toBe('items exist');
    expect(written.interactions[0].request.query).toBe('q=shoe&page=1');
    expect(written.interactions[0].response.matchingRules['$.body.items']).toEqual({ match: 'type', min: 1 });
  });

  it('writes V3 shapes from a V2 pact: providerStates, rule categories and query maps', () => {
    const written = serializePact(parsePact(v2Pact), { specVersion: 'V3' }) as Written;
    expect(written.metadata.pactSpecification).toEqual({ version: '3.0.0' });
    expect(written.interactions[0].providerStates).toEqual([{ name: 'items exist' }]);
    expect(written.interactions[0].request.query).toEqual({ q: ['shoe'], page: ['1'] });
    expect(written.interactions[0].request.matchingRules.query).toEqual({
      q: { matchers: [{ match: 'regex', regex: '\\w+' }] },
    });
  });

  it('writes V4 shapes from a V3 pact: type, body objects, header arrays', () => {
    const written = serializePact(parsePact(v3Pact), { specVersion: 'V4' }) as Written;
    expect(written.metadata.pactSpecification).toEqual({ version: '4.0' });
    expect(written.interactions[0].type).toBe('Synchronous/HTTP');
    expect(written.interactions[0].request.body).toEqual({ content: { sku: 'A-1' }, contentType: 'application/json' });
    expect(written.interactions[0].request.headers.Date).toEqual(['Tue, 01 Jan 2030 00:00:00 GMT']);
    expect(written.interactions[0].request.generators.path).toEqual({
      expression: '/users/${id}/orders',
      type: 'ProviderState',
    });
  });

  it('writes V3 messages under messages', () => {
    const written = serializePact(parsePact(v3MessagePact), { specVersion: 'V3' });
    expect(written).not.toHaveProperty('interactions');
    expect(written.messages).toHaveLength(1);
  });

  it('writes several V2/V3 header values as an array, which reads back the same', () => {
    const model = parsePact(v4Pact);
    const http = { ...model, interactions: [model.interactions[0]] } as Pact;
    expect(parsePact(serializePact(http, { specVersion: 'V3' })).interactions[0]).toMatchObject({
      request: { headers: { Accept: ['application/json', 'text/plain'] } },
    });
  });

  it('writes a V2 query string back as it was spelt, unless the query changed', () => {
    const file = {
      ...v2Pact,
      interactions: [
        { ...v2Pact.interactions[1], request: { method: 'GET', path: '/ping', query: 'q=a+b&x=1&q=c%2fd' } },
      ],
    };
    const model = parsePact(file);
    const [interaction] = model.interactions as HttpInteraction[];
    expect(interaction.request.query).toEqual({ q: ['a b', 'c/d'], x: ['1'] });
    expect(serializePact(model, { specVersion: 'V2' })).toEqual(file);
    const changed = { ...interaction, request: { ...interaction.request, query: { q: ['z'] } } };
    expect(
      (serializePact({ ...model, interactions: [changed] }, { specVersion: 'V2' }) as Written).interactions[0].request
        .query,
    ).toBe('q=z');
  });

  it('writes a V1 pact as pact-reference does: version 1.0.0, the query as a string, one provider state', () => {
    const written = serializePact(parsePact(v1Pact), { specVersion: 'V1' }) as Written;
    expect(written.metadata.pactSpecification).toEqual({ version: '1.0.0' });
    expect(written.interactions[0]).toMatchObject({
      providerState: 'an alligator exists',
      request: { method: 'get', path: '/alligators/Mary', query: 'name=Mary&age=3' },
    });
    expect(parsePact(written).specVersion).toBe('V1');
  });

  it('converts a V1 pact to V2', () => {
    const written = serializePact(parsePact(v1Pact), { specVersion: 'V2' }) as Written;
    expect(written.interactions[0].request.query).toBe('name=Mary&age=3');
  });
});

describe('serializePact refuses what a version cannot express', () => {
  const cases: Array<[string, Record<string, unknown>, 'V1' | 'V2' | 'V3', string]> = [
    ['messages in V2', v3MessagePact, 'V2', 'interaction "an order event" has a message, which V2 cannot express'],
    ['matching rules in V1', v2Pact, 'V1', 'interaction "a search" has matching rules, which V1 cannot express'],
    [
      'generators in V2',
      { ...v3Pact, interactions: [{ ...v3Pact.interactions[0], providerStates: [{ name: 'x' }] }] },
      'V2',
      'has generators',
    ],
    ['provider state params in V2', v3Pact, 'V2', 'has several provider states'],
    ['synchronous messages in V3', v4Pact, 'V3', 'interaction "a price request" has a synchronous message'],
  ];

  it.each(cases)('throws for %s', (_name, file, specVersion, text) => {
    const model = parsePact(file);
    expect(() => serializePact(model, { specVersion })).toThrow(
      expect.objectContaining({ code: 'TREATY_CORE_INEXPRESSIBLE_IN_SPEC' }),
    );
    expect(() => serializePact(model, { specVersion })).toThrow(text);
  });

  it('throws for a version it does not write', () => {
    expect(() => serializePact(parsePact(v3Pact), { specVersion: 'V5' as 'V2' })).toThrow(
      expect.objectContaining({ code: 'TREATY_CORE_UNSUPPORTED_SPEC' }),
    );
  });
});
