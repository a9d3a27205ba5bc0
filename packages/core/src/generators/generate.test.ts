import type { HttpRequest, HttpResponse, Message } from '../model';
import { generateMessage, generateRequest, generateResponse } from './index';

describe('generateRequest (provider mode)', () => {
  const request: HttpRequest = {
    method: 'GET',
    path: '/orders/1',
    query: { page: ['1'] },
    headers: { 'X-Id': ['old'] },
    body: { content: { items: [{ id: 1 }, { id: 2 }], 'x-y': 'a' }, contentType: 'application/json' },
    generators: {
      path: { '': { type: 'ProviderState', expression: '/orders/${id}' } },
      query: { page: { type: 'RandomInt', min: 5, max: 5 } },
      header: { 'x-id': { type: 'ProviderState', expression: '${id}' } },
      body: {
        '$.items[*].id': { type: 'RandomInt', min: 7, max: 7 },
        "$['x-y']": { type: 'ProviderState', expression: '${id}' },
      },
    },
  };

  it('fills path, query, headers and body paths, and leaves the original alone', () => {
    const out = generateRequest(request, { providerState: { id: 42 } });
    expect(out.path).toBe('/orders/42');
    expect(out.query).toEqual({ page: ['5'] });
    expect(out.headers).toEqual({ 'X-Id': ['42'] });
    expect(out.body?.content).toEqual({ items: [{ id: 7 }, { id: 7 }], 'x-y': 42 });
    expect(request.body?.content).toEqual({ items: [{ id: 1 }, { id: 2 }], 'x-y': 'a' });
  });

  it('adds the headers and query parameters its generators name, as pact-reference does', () => {
    const bare: HttpRequest = {
      method: 'GET',
      path: '/',
      generators: {
        header: { 'X-Test': { type: 'RandomInt', min: 3, max: 3 } },
        query: { v1: { type: 'RandomInt', min: 4, max: 4 }, id: { type: 'ProviderState', expression: '${id}' } },
      },
    };
    expect(generateRequest(bare)).toMatchObject({ headers: { 'X-Test': ['3'] }, query: { v1: ['4'] } });
    expect(generateRequest(bare, { providerState: { id: 9 } }).query).toEqual({ v1: ['4'], id: ['9'] });
  });

  it('returns a request without generators as it is', () => {
    const plain: HttpRequest = { method: 'GET', path: '/' };
    expect(generateRequest(plain)).toBe(plain);
  });
});

describe('generateResponse (consumer mode)', () => {
  it('fills status, headers and body', () => {
    const response: HttpResponse = {
      status: 200,
      headers: { Location: ['http://localhost:8080/orders/1'] },
      body: { content: { id: 'x' }, contentType: 'application/json' },
      generators: {
        status: { '': { type: 'RandomInt', min: 201, max: 201 } },
        header: {
          Location: {
            type: 'MockServerURL',
            regex: '.*(\\/orders\\/\\d+)$',
            example: 'http://localhost:8080/orders/1',
          },
        },
        body: { '$.id': { type: 'Uuid' } },
      },
    };
    const out = generateResponse(response, { mockServerUrl: 'http://127.0.0.1:9' });
    expect(out.status).toBe(201);
    expect(out.headers).toEqual({ Location: ['http://127.0.0.1:9/orders/1'] });
    expect(out.body?.content).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('adds a header its generators name, and none it cannot fill', () => {
    const response: HttpResponse = {
      status: 200,
      generators: {
        header: { 'X-Test': { type: 'RandomInt', min: 1, max: 1 }, Location: { type: 'MockServerURL', example: '/a' } },
      },
    };
    expect(generateResponse(response).headers).toEqual({ 'X-Test': ['1'] });
  });

  it('replaces a whole text body at $', () => {
    const out = generateResponse({
      status: 200,
      body: { content: 'x', contentType: 'text/plain' },
      generators: { body: { $: { type: 'RandomString', size: 3 } } },
    });
    expect(out.body?.content).toMatch(/^[A-Za-z0-9]{3}$/);
  });
});

describe('generateMessage', () => {
  it('fills contents and metadata', () => {
    const message: Message = {
      contents: { content: { at: 'old' }, contentType: 'application/json' },
      metadata: { key: 'old' },
      generators: {
        body: { '$.at': { type: 'Date', format: 'yyyy' } },
        metadata: { key: { type: 'RandomHexadecimal', digits: 4 } },
      },
    };
    const out = generateMessage(message, { now: new Date(Date.UTC(2030, 1, 1)) });
    expect(out.contents?.content).toEqual({ at: '2030' });
    expect(out.metadata?.key).toMatch(/^[0-9a-f]{4}$/);
  });
});
