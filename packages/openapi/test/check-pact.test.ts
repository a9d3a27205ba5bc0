import { join } from 'node:path';
import type { HttpInteraction, Pact } from '@treaty/core';
import {
  checkPactAgainstOpenApi,
  formatOpenApiIssues,
  loadOpenApi,
  parseOpenApi,
  type OpenApiSpec,
} from '@treaty/openapi';

const json = (content: unknown) => ({ content, contentType: 'application/json' });
const order = {
  id: 1,
  status: 'pending',
  items: [{ sku: 'A-1', quantity: 2, price: 9.5 }],
  total: 19,
  createdAt: '2024-05-01T10:00:00Z',
};

function interaction(
  description: string,
  request: HttpInteraction['request'],
  response: HttpInteraction['response'],
): HttpInteraction {
  return { type: 'Synchronous/HTTP', description, providerStates: [], request, response };
}

function pactOf(...interactions: HttpInteraction[]): Pact {
  return {
    consumer: { name: 'orders-web' },
    provider: { name: 'orders-api' },
    interactions,
    metadata: {},
    specVersion: 'V3',
  };
}

const getOrder = interaction(
  'get order 1',
  { method: 'GET', path: '/orders/1', headers: { Accept: ['application/json'] } },
  {
    status: 200,
    headers: { 'Content-Type': ['application/json; charset=utf-8'] },
    body: json({ id: 1, total: 19, items: [{ sku: 'A-1' }] }),
  },
);

describe('checkPactAgainstOpenApi', () => {
  let spec: OpenApiSpec;
  beforeAll(async () => {
    spec = await loadOpenApi(join(__dirname, 'fixtures', 'orders-30.yaml'));
  });

  it('accepts a pact that fits the document, where the consumer uses a subset of the fields', () => {
    const create = interaction(
      'create an order',
      {
        method: 'POST',
        path: '/orders',
        headers: { 'Content-Type': ['application/json'] },
        body: json({ items: [{ sku: 'A-1', quantity: 2, price: 9.5 }] }),
      },
      { status: 201, headers: { 'Content-Type': ['application/json'] }, body: json(order) },
    );
    const missing = interaction(
      'unknown order',
      { method: 'GET', path: '/orders/999' },
      { status: 404, body: json({ error: 'not found' }) },
    );
    const list = interaction(
      'shipped orders',
      { method: 'GET', path: '/orders', query: { status: ['shipped'], limit: ['10'] } },
      { status: 200, body: json([order]) },
    );
    const result = checkPactAgainstOpenApi(pactOf(getOrder, create, missing, list), spec);
    expect(formatOpenApiIssues([...result.errors, ...result.warnings])).toBe('');
    expect(result).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('reports an unknown path and an unknown method', () => {
    const result = checkPactAgainstOpenApi(
      pactOf(
        interaction('customers', { method: 'GET', path: '/customers/1' }, { status: 200 }),
        interaction('delete', { method: 'DELETE', path: '/orders/1' }, { status: 204 }),
      ),
      spec,
    );
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'request.path-or-method.unknown',
        interaction: { index: 0, description: 'customers' },
        pactLocation: '$.interactions[0].request.path',
        specLocation: '#/paths',
      }),
      expect.objectContaining({
        code: 'request.path-or-method.unknown',
        pactLocation: '$.interactions[1].request.path',
        specLocation: '#/paths/~1orders~1{id}',
      }),
    ]);
    expect(result.errors[1].message).toContain('has no DELETE operation');
  });

  it('reports an Accept header the operation cannot satisfy', () => {
    const result = checkPactAgainstOpenApi(
      pactOf(
        interaction(
          'xml please',
          { method: 'GET', path: '/orders/1', headers: { Accept: ['application/xml'] } },
          { status: 200 },
        ),
      ),
      spec,
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'request.accept.incompatible',
        pactLocation: '$.interactions[0].request.headers.Accept',
      }),
    ]);
    const fine = checkPactAgainstOpenApi(
      pactOf(
        interaction(
          'any',
          { method: 'GET', path: '/orders/1', headers: { Accept: ['text/html, application/*;q=0.8'] } },
          { status: 200 },
        ),
      ),
      spec,
    );
    expect(fine.errors).toEqual([]);
  });

  it('reports a status the operation does not document', () => {
    const result = checkPactAgainstOpenApi(
      pactOf(interaction('teapot', { method: 'GET', path: '/orders/1' }, { status: 418 })),
      spec,
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'response.status.unknown',
        pactLocation: '$.interactions[0].response.status',
        specLocation: '#/paths/~1orders~1{id}/get/responses',
        operation: 'GET /orders/{id} (getOrder)',
      }),
    ]);
    expect(result.errors[0].message).toBe(
      'status 418 is not a documented response of GET /orders/{id} (getOrder) (documented: 200, 404)',
    );
  });

  it('reports a request body the document rejects, and a wrong path parameter', () => {
    const result = checkPactAgainstOpenApi(
      pactOf(
        interaction(
          'bad create',
          {
            method: 'POST',
            path: '/orders',
            headers: { 'Content-Type': ['application/json'] },
            body: json({ items: [{ sku: 'A', quantity: 'two', price: 1 }], colour: 'red' }),
          },
          { status: 201 },
        ),
        interaction('bad id', { method: 'GET', path: '/orders/abc' }, { status: 404 }),
      ),
      spec,
    );
    expect(result.errors.map((e) => [e.code, e.pactLocation, e.message])).toEqual([
      ['request.body.incompatible', '$.interactions[0].request.body', "body must not have property 'colour'"],
      [
        'request.body.incompatible',
        '$.interactions[0].request.body.items[0].quantity',
        'body.items[0].quantity must be integer',
      ],
      ['request.path-parameter.incompatible', '$.interactions[1].request.path', 'path.id must be integer'],
    ]);
    expect(result.errors[0].specLocation).toBe('#/paths/~1orders/post/requestBody/content/application~1json/schema');
  });

  it('reports a response field the document lacks, and a wrong content type', () => {
    const result = checkPactAgainstOpenApi(
      pactOf(
        interaction(
          'with discount',
          { method: 'GET', path: '/orders/1' },
          { status: 200, body: json({ id: 1, discount: 5, items: [{ sku: 'A', colour: 'red' }] }) },
        ),
        interaction(
          'as xml',
          { method: 'GET', path: '/orders/1' },
          {
            status: 200,
            headers: { 'Content-Type': ['application/xml'] },
            body: { content: '<order/>', contentType: 'application/xml' },
          },
        ),
      ),
      spec,
    );
    expect(result.errors.map((e) => [e.code, e.pactLocation])).toEqual([
      ['response.body.unknown-field', '$.interactions[0].response.body.discount'],
      ['response.body.unknown-field', '$.interactions[0].response.body.items[0].colour'],
      ['response.content-type.incompatible', '$.interactions[1].response.headers.Content-Type'],
    ]);
    expect(result.errors[0].specLocation).toBe('#/Order');
  });

  it(
    'lets a consumer use a subset of a oneOf response that ' +
      'fits several branches once required fields are left out',
    async () => {
      const doc = {
        openapi: '3.1.0',
        info: { title: 'pets', version: '1' },
        paths: {
          '/pets/{id}': {
            get: {
              responses: {
                '200': {
                  description: 'a pet',
                  content: {
                    'application/json': {
                      schema: {
                        oneOf: [
                          {
                            type: 'object',
                            required: ['id', 'barks'],
                            properties: { id: { type: 'integer' }, barks: { type: 'boolean' } },
                          },
                          {
                            type: 'object',
                            required: ['id', 'meows'],
                            properties: { id: { type: 'integer' }, meows: { type: 'boolean' } },
                          },
                        ],
                      },
                    },
                  },
                },
              },
            },
          },
        },
      };
      const pets = await loadOpenApi(doc);
      const ok = checkPactAgainstOpenApi(
        pactOf(interaction('a pet', { method: 'GET', path: '/pets/1' }, { status: 200, body: json({ id: 1 }) })),
        pets,
      );
      expect(ok.errors).toEqual([]);
      const bad = checkPactAgainstOpenApi(
        pactOf(interaction('a pet', { method: 'GET', path: '/pets/1' }, { status: 200, body: json({ id: 'x' }) })),
        pets,
      );
      expect(bad.errors.map((e) => e.code)).toContain('response.body.incompatible');
    },
  );

  it('uses V4 body locations and skips message interactions with a warning', () => {
    const pact: Pact = {
      ...pactOf(
        interaction('wrong type', { method: 'GET', path: '/orders/1' }, { status: 200, body: json({ id: 'one' }) }),
      ),
      specVersion: 'V4',
    };
    pact.interactions.push({
      type: 'Asynchronous/Messages',
      description: 'order created',
      providerStates: [],
      contents: json(order),
    });
    const result = checkPactAgainstOpenApi(pact, spec);
    expect(result.errors.map((e) => e.pactLocation)).toEqual(['$.interactions[0].response.body.content.id']);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'interaction.not-http',
        interaction: { index: 1, description: 'order created' },
      }),
    ]);
  });
});

describe('checkPactAgainstOpenApi on negative tests', () => {
  it('checks the requests of 4xx interactions only when asked to', async () => {
    const spec = await loadOpenApi(join(__dirname, 'fixtures', 'behaviours', 'negative-tests', 'spec.yaml'));
    const invalid = interaction(
      'invalid order',
      { method: 'POST', path: '/orders', headers: { 'Content-Type': ['application/json'] }, body: json({ sku: 42 }) },
      { status: 400 },
    );
    expect(checkPactAgainstOpenApi(pactOf(invalid), spec).ok).toBe(true);
    const strict = checkPactAgainstOpenApi(pactOf(invalid), spec, { checkErrorRequests: true });
    expect(strict.errors.map((e) => e.code)).toEqual(['request.header.missing', 'request.body.incompatible']);
  });
});

describe('checkPactAgainstOpenApi on schemas ajv refuses', () => {
  const pact = pactOf(
    interaction(
      'post',
      {
        method: 'POST',
        path: '/x',
        query: { q: ['1'] },
        headers: { 'Content-Type': ['application/json'] },
        body: json({ a: 1 }),
      },
      { status: 200, headers: { 'Content-Type': ['application/json'] }, body: json({ a: 1 }) },
    ),
  );

  it.each([
    { type: 5 },
    { properties: [] },
    { items: 'x' },
    { enum: 3 },
    { pattern: '(' },
    { allOf: {} },
    { additionalProperties: 'no' },
    null,
  ])('reports %j as a warning on the interaction instead of throwing', (schema) => {
    const spec = parseOpenApi({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/x': {
          post: {
            parameters: [{ name: 'q', in: 'query', schema }],
            requestBody: { content: { 'application/json': { schema } } },
            responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
          },
        },
      },
    });
    const result = checkPactAgainstOpenApi(pact, spec);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'operation.invalid-schema', interaction: { index: 0, description: 'post' } }),
    ]);
    expect(result.warnings[0].message).toMatch(/^Failed to compile the schema at #\/paths\/~1x\/post\//);
  });
});
