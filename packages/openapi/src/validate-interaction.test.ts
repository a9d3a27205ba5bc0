import { parseOpenApi } from './load-openapi';
import { validateInteraction } from './validate-interaction';

const spec = parseOpenApi({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/orders/{id}': {
      get: {
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { id: { type: 'integer' } } },
              },
            },
          },
        },
      },
    },
  },
});
const json = (content: unknown) => ({ content, contentType: 'application/json' });

describe('validateInteraction', () => {
  it('does not check the response when no operation takes the request', () => {
    const issues = validateInteraction(spec, { method: 'GET', path: '/customers/1' }, { status: 418 });
    expect(issues.request.map((i) => i.code)).toEqual(['request.path-or-method.unknown']);
    expect(issues.response).toEqual([]);
  });

  it("rejects a field the schema lacks in a pact's expected response, not in a real one", () => {
    const request = { method: 'GET', path: '/orders/1' };
    const response = { status: 200, body: json({ id: 1, note: 'x' }) };
    const expected = validateInteraction(spec, request, response, { kind: 'expected' });
    expect(expected.request).toEqual([]);
    expect(expected.response.map((i) => i.code)).toEqual(['response.body.unknown-field']);
    expect(validateInteraction(spec, request, response).response).toEqual([]);
  });

  it('validates the response against the path it answered when one is given', () => {
    const issues = validateInteraction(
      spec,
      { method: 'GET', path: '/orders/1' },
      { status: 200, body: json({ id: 2 }) },
      { path: '/unknown/2' },
    );
    expect(issues.response.map((i) => i.code)).toEqual(['request.path-or-method.unknown']);
  });
});
