import { matchMessage, matchRequest, matchResponse } from './index';

describe('file-shaped matchers', () => {
  it('read both sides in the given specification version', () => {
    expect(
      matchRequest(
        { method: 'GET', path: '/a', query: 'x=1&y=2' },
        { method: 'get', path: '/a', query: 'y=2&x=1' },
        { specVersion: 'V2' },
      ).ok,
    ).toBe(true);
    expect(
      matchResponse(
        { status: 200, body: { content: { a: 1 }, contentType: 'application/json' } },
        { status: 200, body: { content: { a: 1 } } },
        { specVersion: 'V4' },
      ).ok,
    ).toBe(true);
    expect(matchMessage({ contents: { a: 1 } }, { contents: { a: 2 } }, { specVersion: 'V3' }).ok).toBe(false);
  });

  it('treat parts the expected side leaves out as "don\'t care"', () => {
    expect(matchResponse({ body: { a: 1 } }, { status: 404, body: { a: 1 } }, { specVersion: 'V3' }).ok).toBe(true);
    expect(
      matchRequest(
        { headers: { Accept: 'a' } },
        { method: 'PUT', path: '/x', headers: { Accept: 'a' } },
        { specVersion: 'V4' },
      ).ok,
    ).toBe(true);
  });

  it('read a V4 null body as a null body', () => {
    expect(matchResponse({ status: 200, body: null }, { status: 200 }, { specVersion: 'V4' }).ok).toBe(true);
    expect(matchMessage({ contents: null }, { contents: { content: { a: 1 } } }, { specVersion: 'V4' }).ok).toBe(false);
  });

  it('locate each key that fails an eachKey rule at its own path, as pact-reference does', () => {
    const expected = {
      method: 'POST',
      path: '/',
      body: { content: { one: 'a' }, contentType: 'application/json' },
      matchingRules: {
        body: { $: { matchers: [{ match: 'eachKey', rules: [{ match: 'regex', regex: '[a-z]+' }] }] } },
      },
    };
    const actual = {
      ...expected,
      body: { content: { one: 'a', '100': 'd', B2: 'e' }, contentType: 'application/json' },
    };
    const result = matchRequest(expected, actual, { specVersion: 'V4' });
    expect(result.mismatches.map((m) => [m.path, m.rule, m.message])).toEqual([
      ["$['100']", 'eachKey', "Expected '100' to match '[a-z]+'"],
      ['$.B2', 'eachKey', "Expected 'B2' to match '[a-z]+'"],
    ]);
  });

  it('default to V4', () => {
    expect(
      matchResponse(
        { status: 200, body: { content: 'x', contentType: 'text/plain' } },
        { status: 200, body: { content: 'x', contentType: 'text/plain' } },
      ).ok,
    ).toBe(true);
  });

  it('throw a typed error for a malformed expected part', () => {
    expect(() => matchRequest({ method: 1, path: '/a' }, { method: 'GET', path: '/a' }, { specVersion: 'V3' })).toThrow(
      expect.objectContaining({ code: 'TREATY_CORE_INVALID_PACT' }),
    );
  });
});
