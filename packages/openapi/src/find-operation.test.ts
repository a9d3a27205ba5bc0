import { findOperation } from './find-operation';
import { parseOpenApi } from './load-openapi';

const ok = { responses: { '200': { description: 'ok' } } };
const spec = parseOpenApi({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  servers: [{ url: 'https://api.example.com/v2' }],
  paths: {
    '/orders/{id}': { get: { ...ok, operationId: 'byId' } },
    '/orders/latest': { get: { ...ok, operationId: 'latest' } },
  },
});

describe('findOperation', () => {
  it('prefers a concrete path over a templated one, whatever the order in the document', () => {
    expect(findOperation(spec, { method: 'GET', path: '/orders/latest' })?.operation.operationId).toBe('latest');
    expect(findOperation(spec, { method: 'GET', path: '/orders/7' })).toMatchObject({
      operation: { operationId: 'byId' },
      pathParams: { id: '7' },
    });
  });

  it('accepts the server base path, a query string and a trailing slash; decodes parameters', () => {
    expect(findOperation(spec, { method: 'get', path: '/v2/orders/a%20b/?x=1' })?.pathParams).toEqual({ id: 'a b' });
    expect(findOperation(spec, { method: 'GET', path: '/v3/orders/7' })).toBeUndefined();
  });
});
