import { buildRawRequest } from './build-request';

const base = { customHeaders: {}, timeoutMs: 1000 };

describe('buildRawRequest', () => {
  it('encodes a JSON body, adds its content type and writes the query', async () => {
    const raw = await buildRawRequest(
      {
        method: 'post',
        path: '/orders',
        query: { status: ['new', 'paid'], q: ['a b'] },
        body: { content: { id: 1 }, contentType: 'application/json' },
      },
      base,
    );
    expect(raw.method).toBe('POST');
    expect(raw.path).toBe('/orders?status=new&status=paid&q=a%20b');
    expect(raw.headers).toEqual({ 'Content-Type': ['application/json'] });
    expect(raw.body).toBe('{"id":1}');
  });

  it('keeps a content type the pact already sets, whatever its case', async () => {
    const raw = await buildRawRequest(
      {
        method: 'PUT',
        path: '/a',
        headers: { 'content-type': ['text/plain; charset=utf-8'] },
        body: { content: 'hi' },
      },
      base,
    );
    expect(raw.headers).toEqual({ 'content-type': ['text/plain; charset=utf-8'] });
    expect(raw.body).toBe('hi');
  });

  it("lets custom headers replace the pact's headers of the same name", async () => {
    const raw = await buildRawRequest(
      { method: 'GET', path: '/a', headers: { authorization: ['Bearer pact'], Accept: ['*/*'] } },
      { ...base, customHeaders: { Authorization: ['Bearer real'] } },
    );
    expect(raw.headers).toEqual({ Accept: ['*/*'], Authorization: ['Bearer real'] });
    expect(raw.body).toBeUndefined();
  });

  it('applies a request filter to method, headers and body, dropping content-length', async () => {
    const raw = await buildRawRequest(
      {
        method: 'POST',
        path: '/a',
        query: { x: ['1'] },
        body: { content: { id: 1 }, contentType: 'application/json' },
      },
      {
        ...base,
        requestFilter: (req, _res, next) => {
          const r = req as { headers: Record<string, unknown>; body: unknown };
          r.headers['x-signed'] = 'yes';
          r.headers['content-length'] = '999';
          r.body = { id: 2 };
          next();
        },
      },
    );
    expect(raw.path).toBe('/a?x=1');
    expect(raw.headers['x-signed']).toEqual(['yes']);
    expect(raw.headers['content-length']).toBeUndefined();
    expect(raw.body).toBe('{"id":2}');
  });

  it('keeps the query when a request filter changes only the path', async () => {
    const raw = await buildRawRequest(
      { method: 'GET', path: '/a', query: { x: ['1'] } },
      {
        ...base,
        requestFilter: (req, _res, next) => {
          req.path = '/b';
          next();
        },
      },
    );
    expect(raw.path).toBe('/b?x=1');
  });
});
