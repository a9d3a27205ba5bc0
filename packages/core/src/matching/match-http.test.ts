import { matchHttpRequest, matchHttpResponse, matchMessageContents } from './match-http';

describe('model-level matching', () => {
  it('collects request mismatches of every kind in order', () => {
    const result = matchHttpRequest(
      {
        method: 'GET',
        path: '/orders',
        query: { page: ['1'] },
        headers: { Accept: ['application/json'] },
        body: { content: { a: 1 }, contentType: 'application/json' },
      },
      {
        method: 'POST',
        path: '/order',
        query: {},
        headers: {},
        body: { content: { a: 1, b: 2 }, contentType: 'application/json' },
      },
    );
    expect(result.ok).toBe(false);
    expect(result.mismatches.map((m) => m.type)).toEqual(['method', 'path', 'query', 'header', 'body']);
    expect(result.mismatches[4].message).toBe("Unexpected key 'b'");
  });

  it('allows unexpected keys in responses and reads the body type from headers', () => {
    const result = matchHttpResponse(
      { status: 200, headers: { 'Content-Type': ['application/json'] }, body: { content: '{"a":1}' } },
      {
        status: 200,
        headers: { 'content-type': ['application/json; charset=utf-8'] },
        body: { content: '{"a":1,"b":2}' },
      },
    );
    expect(result).toEqual({ ok: true, mismatches: [] });
  });

  it('reads body rules from the content category too (V4 messages)', () => {
    const result = matchMessageContents(
      {
        contents: { content: { id: 1 }, contentType: 'application/json' },
        matchingRules: { content: { '$.id': { matchers: [{ match: 'integer' }] } } },
      },
      { contents: { content: { id: 99 }, contentType: 'application/json' } },
    );
    expect(result.ok).toBe(true);
  });

  it('matches message metadata beside the contents', () => {
    const result = matchMessageContents(
      { metadata: { topic: 'a' } },
      { contents: { content: { x: 1 } }, metadata: { topic: 'b' } },
    );
    expect(result.mismatches).toEqual([
      {
        type: 'metadata',
        path: 'topic',
        expected: 'a',
        actual: 'b',
        message: "Expected metadata 'topic' to be 'a' but received 'b'",
      },
    ]);
  });
});
