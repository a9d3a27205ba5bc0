import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pactJs from '@pact-foundation/pact';
import { ApolloGraphQLInteraction, GraphQLInteraction, GraphQLQueryError, MatchersV2, PactV2 } from '@treaty/pact';

const query = 'query OrderQuery($id: ID!) { order(id: $id) { id total } }';

function build(Gql: typeof GraphQLInteraction) {
  return new Gql()
    .given('an order exists')
    .uponReceiving('a GraphQL query for an order')
    .withRequest({ method: 'POST', path: '/graphql' })
    .withOperation('OrderQuery')
    .withQuery(query)
    .withVariables({ id: '1' })
    .willRespondWith({
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: { data: { order: MatchersV2.like({ id: '1', total: 25 }) } },
    });
}

describe('GraphQLInteraction / ApolloGraphQLInteraction (V2)', () => {
  let dir: string;
  let provider: PactV2;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-v2-gql-'));
    provider = new PactV2({ consumer: 'gql-web', provider: 'gql-api', dir });
    await provider.setup();
  });
  afterAll(async () => {
    await provider.finalize();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds the interaction pact-js builds', () => {
    const ours = JSON.parse(JSON.stringify(build(GraphQLInteraction).json()));
    const theirs = JSON.parse(
      JSON.stringify(build(pactJs.GraphQLInteraction as unknown as typeof GraphQLInteraction).json()),
    );
    expect(ours).toEqual(theirs);
    const apollo = new ApolloGraphQLInteraction()
      .uponReceiving('q')
      .withQuery('{ a }')
      .withRequest({ method: 'POST', path: '/g' })
      .willRespondWith({ status: 200 });
    expect(apollo.json().request.body).toMatchObject({ operationName: null, variables: {} });
  });

  it('matches a query with other whitespace on the mock server and writes it to the pact', async () => {
    await provider.addInteraction(build(GraphQLInteraction));
    const res = await fetch(`${provider.mockService?.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ operationName: 'OrderQuery', query: query.replace(/ /g, '\n  '), variables: { id: '1' } }),
    });
    expect(await res.json()).toEqual({ data: { order: { id: '1', total: 25 } } });
    await provider.verify();
    const pact = JSON.parse(readFileSync(path.join(dir, 'gql-web-gql-api.json'), 'utf8'));
    const theirs = build(pactJs.GraphQLInteraction as unknown as typeof GraphQLInteraction).json();
    const expectedRegex = (theirs.request.body as { query: { regex: string } }).query.regex;
    expect(pact.interactions[0].request.matchingRules['$.body.query']).toEqual({
      match: 'regex',
      regex: expectedRegex,
    });
  });

  it('rejects a malformed query with a GraphQLQueryError carrying a code', () => {
    expect(() => new GraphQLInteraction().withQuery('query { broken')).toThrow(GraphQLQueryError);
    expect(() => new GraphQLInteraction().withQuery('')).toThrow(
      expect.objectContaining({ code: 'TREATY_CONSUMER_INVALID_INTERACTION' }),
    );
  });
});
