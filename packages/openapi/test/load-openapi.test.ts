import { join } from 'node:path';
import { isTreatyError } from '@treaty/core';
import { findOperation, loadOpenApi, parseOpenApi, validateResponse } from '@treaty/openapi';

const fixtures = join(__dirname, 'fixtures');

describe('loadOpenApi', () => {
  it('loads a 3.0 YAML document with relative-file $refs and finds operations by template', async () => {
    const spec = await loadOpenApi(join(fixtures, 'orders-30.yaml'));
    expect(spec.version).toBe('3.0');
    expect(spec.operations.map((o) => `${o.method} ${o.pathTemplate}`)).toEqual([
      'GET /orders',
      'POST /orders',
      'GET /orders/{id}',
    ]);
    const found = findOperation(spec, { method: 'get', path: '/orders/42' });
    expect(found?.operation.operationId).toBe('getOrder');
    expect(found?.pathParams).toEqual({ id: '42' });
    expect(findOperation(spec, { method: 'GET', path: '/api/orders/42' })?.operation.operationId).toBe('getOrder');
    expect(findOperation(spec, { method: 'DELETE', path: '/orders/42' })).toBeUndefined();
  });

  it('validates against schemas that live in another file, with 3.0 nullable', async () => {
    const spec = await loadOpenApi(join(fixtures, 'orders-30.yaml'));
    const order = {
      id: 1,
      status: 'pending',
      items: [{ sku: 'A', quantity: 1, price: 2.5 }],
      total: 2.5,
      createdAt: '2024-01-02T03:04:05Z',
      note: null,
    };
    expect(
      validateResponse(spec, {
        method: 'GET',
        path: '/orders/1',
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: order,
      }),
    ).toEqual([]);
    const issues = validateResponse(spec, {
      method: 'GET',
      path: '/orders/1',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { ...order, total: '2.5' },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'response.body.incompatible',
      message: 'response.body.total must be number',
      specLocation: '#/paths/~1orders~1{id}/get/responses/200/content/application~1json/schema',
      operation: 'GET /orders/{id} (getOrder)',
    });
  });

  it('loads a 3.1 JSON document and applies 2020-12 keywords', async () => {
    const spec = await loadOpenApi(join(fixtures, 'orders-31.json'));
    expect(spec.version).toBe('3.1');
    const ok = validateResponse(spec, {
      method: 'GET',
      path: '/orders/3',
      status: 200,
      contentType: 'application/json',
      body: { id: 3, total: 1, note: null, tags: ['a'] },
    });
    expect(ok).toEqual([]);
    const bad = validateResponse(spec, {
      method: 'GET',
      path: '/orders/3',
      status: 200,
      contentType: 'application/json',
      body: { id: 3, total: 1, tags: [7] },
    });
    expect(bad.map((i) => i.message)).toEqual(['response.body.tags[0] must be string']);
  });

  it('loads Swagger 2.0 with its basePath, body parameter and definitions', async () => {
    const spec = await loadOpenApi(join(fixtures, 'petstore-swagger2.json'));
    expect(spec.version).toBe('2.0');
    const issues = validateResponse(spec, {
      method: 'GET',
      path: '/v1/pets/1',
      status: 200,
      contentType: 'application/json',
      body: { id: 1 },
    });
    expect(issues.map((i) => i.message)).toEqual(["response.body must have required property 'name'"]);
  });

  it('names the broken $ref and where it is', async () => {
    const error = await loadOpenApi(join(fixtures, 'broken-ref.yaml')).catch((e: unknown) => e);
    expect(isTreatyError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'TREATY_OPENAPI_BROKEN_REF',
      details: {
        ref: '#/components/schemas/Missing',
        path: '#/paths/~1things/get/responses/200/content/application~1json/schema',
      },
    });
    expect((error as Error).message).toContain('Failed to resolve $ref #/components/schemas/Missing');
  });

  it('names a missing referenced file', async () => {
    const doc = {
      openapi: '3.0.0',
      info: { title: 'x', version: '1' },
      paths: { '/a': { get: { responses: { '200': { $ref: './nope.yaml#/R' } } } } },
    };
    const error = await loadOpenApi(doc, { baseUri: join(fixtures, 'inline.yaml') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TREATY_OPENAPI_BROKEN_REF', details: { ref: './nope.yaml#/R' } });
  });

  it('parses text synchronously and rejects unsupported versions and unreadable files', async () => {
    const spec = parseOpenApi('openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n', { source: 'inline.yaml' });
    expect(spec.operations).toEqual([]);
    expect(() => parseOpenApi({ openapi: '4.0.0' }, { source: 'v4.json' })).toThrow(
      expect.objectContaining({ code: 'TREATY_OPENAPI_UNSUPPORTED_VERSION' }),
    );
    await expect(loadOpenApi(join(fixtures, 'does-not-exist.yaml'))).rejects.toMatchObject({
      code: 'TREATY_OPENAPI_READ_FAILED',
    });
  });
});
