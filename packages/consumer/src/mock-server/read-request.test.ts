import { toModelRequest } from './read-request';

const empty = new Uint8Array();

describe('toModelRequest', () => {
  it('upper-cases the method', () => {
    expect(toModelRequest({ method: 'patch', url: '/a', rawHeaders: [], body: empty }).method).toBe('PATCH');
  });

  it('decodes the path and keeps a path that is not valid percent-encoding as sent', () => {
    expect(toModelRequest({ method: 'GET', url: '/caf%C3%A9', rawHeaders: [], body: empty }).path).toBe('/café');
    expect(toModelRequest({ method: 'GET', url: '/%E0', rawHeaders: [], body: empty }).path).toBe('/%E0');
  });

  it('parses the query and groups repeated headers in order', () => {
    const request = toModelRequest({
      method: 'GET',
      url: '/a?b=1&b=2&c=x%20y',
      rawHeaders: ['Accept', 'text/plain', 'X-Id', '1', 'X-Id', '2'],
      body: empty,
    });
    expect(request.query).toEqual({ b: ['1', '2'], c: ['x y'] });
    expect(request.headers).toEqual({ Accept: ['text/plain'], 'X-Id': ['1', '2'] });
    expect(request.body).toBeUndefined();
  });

  it('leaves out an empty query and absent headers', () => {
    expect(toModelRequest({ method: 'GET', url: '/a?', rawHeaders: [], body: empty })).toEqual({
      method: 'GET',
      path: '/a',
    });
  });

  it('parses the body by its content type, whatever the header name case', () => {
    const body = new TextEncoder().encode('{"id":1}');
    const request = toModelRequest({
      method: 'POST',
      url: '/a',
      rawHeaders: ['content-TYPE', 'application/json'],
      body,
    });
    expect(request.body?.content).toEqual({ id: 1 });
  });
});
