import { parseOpenApi, validateRequest } from '@treaty/openapi';

const spec = parseOpenApi({
  openapi: '3.0.3',
  info: { title: 'search', version: '1' },
  paths: {
    '/search': {
      post: {
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 2 } },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'integer' } } },
          { name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string', format: 'uuid' } },
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', properties: { exact: { type: 'boolean' } } } } },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array' } } } } },
      },
    },
  },
});

const tenant = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

describe('validateRequest', () => {
  it('accepts a valid request, coercing query and header strings to their schema types', () => {
    const issues = validateRequest(spec, {
      method: 'POST',
      path: '/search',
      query: { q: ['shoes'], page: ['2'], ids: ['1,2'] },
      headers: { 'x-tenant': [tenant], 'Content-Type': 'application/json' },
      body: { exact: true },
    });
    expect(issues).toEqual([]);
  });

  it('reports missing and wrong parameters, unknown query parameters (as warnings), and body problems', () => {
    const issues = validateRequest(spec, {
      method: 'POST',
      path: '/search',
      query: { page: ['0'], ids: ['1', 'x'], sort: ['asc'] },
      headers: { 'X-Tenant': 'nope' },
    });
    expect(issues.map((i) => [i.severity, i.code, i.message])).toEqual([
      ['error', 'request.query.missing', 'query.q is required by POST /search but the request lacks it'],
      ['error', 'request.query.incompatible', 'query.page must be >= 1'],
      ['error', 'request.query.incompatible', 'query.ids[1] must be integer'],
      ['error', 'request.header.incompatible', 'headers.X-Tenant must match format "uuid"'],
      ['warning', 'request.query.unknown', 'query.sort is not a parameter of POST /search'],
      ['error', 'request.body.missing', 'POST /search requires a request body but the request has none'],
    ]);
  });

  it('reports a request content type the operation does not accept', () => {
    const issues = validateRequest(spec, {
      method: 'POST',
      path: '/search',
      query: { q: ['ab'] },
      headers: { 'X-Tenant': tenant },
      body: 'q=ab',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'request.content-type.incompatible',
        specLocation: '#/paths/~1search/post/requestBody',
      }),
    ]);
  });
});
