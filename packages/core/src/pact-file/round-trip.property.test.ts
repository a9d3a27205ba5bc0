import fc from 'fast-check';
import type {
  Body,
  Generators,
  HttpInteraction,
  Interaction,
  MatchingRules,
  Message,
  Pact,
  ProviderState,
  RuleList,
} from '../model';
import { isStrictBase64 } from '../body/base64';
import { isTextType } from '../body/content-type';
import { contentTypeFromHeaders, contentTypeFromMetadata } from './normalize-body';
import { parsePact } from './parse-pact';
import { serializePact } from './serialize-pact';

// JSON values as they survive JSON text (no -0).
const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const jsonObject = fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 4 });
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const headerName = fc.constantFrom('Accept', 'Content-Type', 'X-Trace', 'x-custom', 'Date');
const stringLists = (names: fc.Arbitrary<string>) =>
  fc.dictionary(names, fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }), { maxKeys: 3 });

const rule = fc.oneof(
  fc
    .constantFrom('type', 'integer', 'decimal', 'number', 'boolean', 'null', 'equality', 'notEmpty')
    .map((match) => ({ match })),
  fc.record({ match: fc.constant('type'), min: fc.nat(5) }),
  fc.record({ match: fc.constant('regex'), regex: fc.constantFrom('\\d+', '[a-z]*', '.*') }),
  fc.record({ match: fc.constant('datetime'), format: fc.constantFrom("yyyy-MM-dd'T'HH:mm:ss", 'HH:mm') }),
);
const ruleList: fc.Arbitrary<RuleList> = fc.record(
  { combine: fc.constantFrom('AND', 'OR'), matchers: fc.array(rule, { minLength: 1, maxLength: 3 }) },
  { requiredKeys: ['matchers'] },
);
const bodyPath = fc.constantFrom('$', '$.a', '$.items[*].id', "$['x y']", '$.a.*');
const byKey = (keys: fc.Arbitrary<string>) => fc.dictionary(keys, ruleList, { minKeys: 1, maxKeys: 3 });

function rules(plain: string[], named: string[]): fc.Arbitrary<MatchingRules> {
  const parts: Record<string, fc.Arbitrary<Record<string, RuleList>>> = {};
  for (const category of plain) parts[category] = ruleList.map((list) => ({ '': list }));
  for (const category of named)
    parts[category] = category === 'body' ? byKey(bodyPath) : byKey(word.filter((w) => w !== 'matchers'));
  return fc.record(parts, { requiredKeys: [] }) as fc.Arbitrary<MatchingRules>;
}

const generator = fc.oneof(
  fc.record({ type: fc.constant('RandomInt'), min: fc.nat(5), max: fc.integer({ min: 6, max: 100 }) }),
  fc.record({ type: fc.constant('ProviderState'), expression: fc.constant('/o/${id}') }),
  fc.record({ type: fc.constant('Uuid'), format: fc.constantFrom('simple', 'URN') }),
);
function generators(plain: string[], named: string[]): fc.Arbitrary<Generators> {
  const parts: Record<string, fc.Arbitrary<Generators[string]>> = {};
  for (const category of plain) parts[category] = generator.map((g) => ({ '': g }));
  for (const category of named)
    parts[category] = fc.dictionary(category === 'body' ? bodyPath : word.filter((w) => w !== 'type'), generator, {
      minKeys: 1,
      maxKeys: 2,
    });
  return fc.record(parts, { requiredKeys: [] }) as fc.Arbitrary<Generators>;
}

const v4Body: fc.Arbitrary<Body> = fc.oneof(
  fc.record(
    {
      content: json,
      contentType: fc.constantFrom('application/json', 'text/plain'),
      encoded: fc.constantFrom(false as const, 'json'),
    },
    { requiredKeys: ['content'] },
  ),
  fc.record(
    {
      content: fc.base64String(),
      contentType: fc.constant('application/octet-stream'),
      encoded: fc.constant('base64'),
      contentTypeHint: fc.constantFrom('BINARY' as const, 'DEFAULT' as const),
    },
    { requiredKeys: ['content', 'encoded'] },
  ),
);

const states: fc.Arbitrary<ProviderState[]> = fc.array(
  fc.record({ name: fc.string({ maxLength: 10 }), params: jsonObject }, { requiredKeys: ['name'] }),
  { maxLength: 2 },
);
const v4Base = {
  description: fc.string({ maxLength: 12 }),
  providerStates: states,
  key: word,
  pending: fc.boolean(),
  comments: fc.record({ text: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }) }),
  pluginConfiguration: jsonObject,
  interactionMarkup: fc.record({ markup: fc.string({ maxLength: 5 }), markupType: fc.constant('COMMON_MARK') }),
  transport: fc.constantFrom('http', 'grpc'),
  id: word,
  extra: fc.dictionary(
    word.map((w) => `x-${w}`),
    json,
    { minKeys: 1, maxKeys: 2 },
  ),
};

function httpParts(body: fc.Arbitrary<Body>) {
  return {
    request: fc.record(
      {
        method: fc.constantFrom('GET', 'POST', 'delete'),
        path: fc.constantFrom('/', '/orders/1', '/a b'),
        query: stringLists(word),
        headers: stringLists(headerName),
        body,
        matchingRules: rules(['path'], ['body', 'header', 'query']),
        generators: generators(['path'], ['body', 'header', 'query']),
      },
      { requiredKeys: ['method', 'path'] },
    ),
    response: fc.record(
      {
        status: fc.integer({ min: 100, max: 599 }),
        headers: stringLists(headerName),
        body,
        matchingRules: rules(['status'], ['body', 'header']),
        generators: generators(['status'], ['body', 'header']),
      },
      { requiredKeys: ['status'] },
    ),
  };
}

function messageArb(body: fc.Arbitrary<Body>): fc.Arbitrary<Message> {
  return fc.record(
    {
      contents: body,
      metadata: jsonObject,
      matchingRules: rules([], ['body', 'metadata']),
      generators: generators([], ['body', 'metadata']),
    },
    { requiredKeys: [] },
  );
}

const v4Interaction: fc.Arbitrary<Interaction> = fc.oneof(
  fc.record(
    { type: fc.constant('Synchronous/HTTP' as const), ...v4Base, ...httpParts(v4Body) },
    { requiredKeys: ['type', 'description', 'providerStates', 'request', 'response'] },
  ),
  fc
    .tuple(
      fc.record(
        { type: fc.constant('Asynchronous/Messages' as const), ...v4Base },
        { requiredKeys: ['type', 'description', 'providerStates'] },
      ),
      messageArb(v4Body),
    )
    .map(([base, message]) => ({ ...base, ...message })),
  fc.record(
    {
      type: fc.constant('Synchronous/Messages' as const),
      ...v4Base,
      request: messageArb(v4Body),
      response: fc.array(messageArb(v4Body), { maxLength: 2 }),
    },
    { requiredKeys: ['type', 'description', 'providerStates', 'request', 'response'] },
  ),
);

// V3 has none of V4's interaction fields, and its bodies are raw values whose content type comes from headers or
// metadata.
const v3Base = {
  description: v4Base.description,
  providerStates: v4Base.providerStates,
  id: v4Base.id,
  extra: v4Base.extra,
};
const rawBody = json.map((content): Body => ({ content }));
const v3Interaction: fc.Arbitrary<Interaction> = fc.oneof(
  fc
    .record(
      { type: fc.constant('Synchronous/HTTP' as const), ...v3Base, ...httpParts(rawBody) },
      { requiredKeys: ['type', 'description', 'providerStates', 'request', 'response'] },
    )
    .map(withV3ContentTypes),
  fc
    .tuple(
      fc.record(
        { type: fc.constant('Asynchronous/Messages' as const), ...v3Base },
        { requiredKeys: ['type', 'description', 'providerStates'] },
      ),
      messageArb(rawBody),
    )
    .map(([base, message]) => ({
      ...base,
      ...message,
      contents: message.contents && v3Body(message.contents.content, contentTypeFromMetadata(message.metadata)),
    })),
);

function v3Body(content: unknown, contentType: string | undefined): Body {
  const type = contentType ?? (typeof content === 'object' && content !== null ? 'application/json' : undefined);
  if (type === undefined) return { content };
  // A string under a binary content type that is valid base64 is read as base64 (pact-reference's reading).
  const base64 = typeof content === 'string' && content !== '' && !isTextType(type) && isStrictBase64(content);
  return base64 ? { content, contentType: type, encoded: 'base64' } : { content, contentType: type };
}

function withV3ContentTypes(interaction: HttpInteraction): HttpInteraction {
  const { request, response } = interaction;
  return {
    ...interaction,
    request: request.body
      ? { ...request, body: v3Body(request.body.content, contentTypeFromHeaders(request.headers)) }
      : request,
    response: response.body
      ? { ...response, body: v3Body(response.body.content, contentTypeFromHeaders(response.headers)) }
      : response,
  };
}

function pactOf(version: 'V3' | 'V4', interaction: fc.Arbitrary<Interaction>): fc.Arbitrary<Pact> {
  return fc.record(
    {
      consumer: fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }) }),
      provider: fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }) }),
      interactions: fc.array(interaction, { maxLength: 4 }),
      metadata: fc
        .record({ 'pact-js': fc.record({ version: fc.constant('16.5.0') }) }, { requiredKeys: [] })
        .map((m) => ({ ...m, pactSpecification: { version: version === 'V3' ? '3.0.0' : '4.0' } })),
      specVersion: fc.constant(version),
      extra: fc.record({ _links: fc.record({ self: fc.record({ href: fc.webUrl() }) }) }),
    },
    { requiredKeys: ['consumer', 'provider', 'interactions', 'metadata', 'specVersion'] },
  );
}

describe('round trip: model → pact file → model', () => {
  it('loses nothing in V4', () => {
    fc.assert(
      fc.property(pactOf('V4', v4Interaction), (pact) => {
        expect(parsePact(serializePact(pact, { specVersion: 'V4' }))).toEqual(pact);
      }),
      { numRuns: 150 },
    );
  });

  it('loses nothing in V3 (HTTP interactions are listed before messages)', () => {
    fc.assert(
      fc.property(pactOf('V3', v3Interaction), (pact) => {
        const byKind = [
          ...pact.interactions.filter((i) => i.type === 'Synchronous/HTTP'),
          ...pact.interactions.filter((i) => i.type !== 'Synchronous/HTTP'),
        ];
        expect(parsePact(serializePact(pact, { specVersion: 'V3' }))).toEqual({ ...pact, interactions: byKind });
      }),
      { numRuns: 150 },
    );
  });

  it('writes the same file again from the model it read (V4)', () => {
    fc.assert(
      fc.property(pactOf('V4', v4Interaction), (pact) => {
        const file = serializePact(pact, { specVersion: 'V4' });
        expect(serializePact(parsePact(JSON.parse(JSON.stringify(file))), { specVersion: 'V4' })).toEqual(file);
      }),
      { numRuns: 100 },
    );
  });
});
