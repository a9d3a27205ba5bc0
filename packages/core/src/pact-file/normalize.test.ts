import { normalizeMessage, normalizeRequest, normalizeResponse } from './normalize';

describe('normalizeRequest', () => {
  it('reads a V1 request with a query string and string headers', () => {
    expect(
      normalizeRequest(
        { method: 'get', path: '/a', query: 'x=1&x=2&y=a+b%21', headers: { Accept: 'text/plain, */*' } },
        'V1',
      ),
    ).toEqual({
      method: 'get',
      path: '/a',
      query: { x: ['1', '2'], y: ['a b!'] },
      queryString: 'x=1&x=2&y=a+b%21',
      headers: { Accept: ['text/plain, */*'] },
    });
  });

  it('keeps the query string as written only when re-encoding would spell it differently', () => {
    expect(normalizeRequest({ method: 'GET', path: '/', query: 'a=1&b=x%20y' }, 'V2')).not.toHaveProperty(
      'queryString',
    );
    expect(normalizeRequest({ method: 'GET', path: '/', query: 'b=x+y&a=1' }, 'V2')).toMatchObject({
      query: { b: ['x y'], a: ['1'] },
      queryString: 'b=x+y&a=1',
    });
  });

  it('reads a V3 query map of arrays or strings', () => {
    expect(normalizeRequest({ method: 'GET', path: '/', query: { a: ['1', '2'], b: 'x' } }, 'V3').query).toEqual({
      a: ['1', '2'],
      b: ['x'],
    });
  });

  it('keeps V2/V3 header values whole, commas included', () => {
    const request = normalizeRequest(
      { method: 'GET', path: '/', headers: { Date: 'Tue, 01 Jan 2030 00:00:00 GMT' } },
      'V3',
    );
    expect(request.headers).toEqual({ Date: ['Tue, 01 Jan 2030 00:00:00 GMT'] });
  });

  it('reads null parts as absent and number header values as text', () => {
    const request = normalizeRequest(
      {
        method: 'GET',
        path: '/',
        query: null,
        headers: { 'Content-Length': 3 },
        matchingRules: null,
        generators: null,
      },
      'V3',
    );
    expect(request).toEqual({ method: 'GET', path: '/', headers: { 'Content-Length': ['3'] } });
  });

  it('reads V4 header arrays as they are', () => {
    expect(normalizeRequest({ method: 'GET', path: '/', headers: { 'X-A': ['1', '2'] } }, 'V4').headers).toEqual({
      'X-A': ['1', '2'],
    });
  });

  it('gives a V3 JSON body the JSON content type, or the one its headers name', () => {
    expect(normalizeRequest({ method: 'POST', path: '/', body: { a: 1 } }, 'V3').body).toEqual({
      content: { a: 1 },
      contentType: 'application/json',
    });
    const text = normalizeRequest(
      { method: 'POST', path: '/', headers: { 'content-type': 'text/plain' }, body: 'hi' },
      'V3',
    );
    expect(text.body).toEqual({ content: 'hi', contentType: 'text/plain' });
    expect(normalizeRequest({ method: 'POST', path: '/', body: '' }, 'V2').body).toEqual({ content: '' });
    expect(normalizeRequest({ method: 'POST', path: '/', body: null }, 'V2').body).toEqual({
      content: null,
      contentType: undefined,
    });
  });

  it('leaves an absent body absent', () => {
    expect(normalizeRequest({ method: 'GET', path: '/' }, 'V3')).not.toHaveProperty('body');
  });

  it('reads a V2/V3 string body under a binary content type as base64 when it decodes, as pact-reference does', () => {
    const headers = { 'Content-Type': 'image/jpeg' };
    expect(normalizeResponse({ status: 200, headers, body: '/9j/4AA=' }, 'V3').body).toEqual({
      content: '/9j/4AA=',
      contentType: 'image/jpeg',
      encoded: 'base64',
    });
    expect(normalizeResponse({ status: 200, headers, body: 'not base64!' }, 'V2').body).toEqual({
      content: 'not base64!',
      contentType: 'image/jpeg',
    });
    const text = { 'Content-Type': 'text/plain' };
    expect(normalizeResponse({ status: 200, headers: text, body: 'AAAA' }, 'V3').body).not.toHaveProperty('encoded');
  });

  it('reads V4 body objects, parsing encoded JSON text and keeping base64 text', () => {
    const json = normalizeRequest(
      { method: 'POST', path: '/', body: { content: '{"a":1}', contentType: 'application/json', encoded: 'json' } },
      'V4',
    );
    expect(json.body).toEqual({ content: { a: 1 }, contentType: 'application/json', encoded: 'json' });
    const binary = normalizeRequest(
      {
        method: 'POST',
        path: '/',
        body: { content: 'AAE=', contentType: 'application/octet-stream', encoded: 'base64' },
      },
      'V4',
    );
    expect(binary.body).toEqual({ content: 'AAE=', contentType: 'application/octet-stream', encoded: 'base64' });
  });

  it('reads a V4 body that is not a body object as a raw body, as the reference implementation does', () => {
    expect(normalizeRequest({ method: 'POST', path: '/', body: { a: 1 } }, 'V4').body).toEqual({
      content: { a: 1 },
      contentType: 'application/json',
    });
    expect(
      normalizeRequest({ method: 'POST', path: '/', headers: { 'Content-Type': ['text/plain'] }, body: 'hi' }, 'V4')
        .body,
    ).toEqual({ content: 'hi', contentType: 'text/plain' });
    expect(normalizeRequest({ method: 'POST', path: '/', body: null }, 'V4').body).toEqual({ content: null });
  });

  it('converts V2 flat rule keys and rule objects into V3 categories', () => {
    const request = normalizeRequest(
      {
        method: 'GET',
        path: '/a',
        matchingRules: {
          '$.body.items': { min: 1 },
          '$.body.items[*].id': { match: 'type' },
          '$.body': { match: 'type' },
          '$.headers.Content-Type': { regex: 'json' },
          "$.query['page-size']": { match: 'regex', regex: '\\d+' },
          '$.path': { regex: '/a' },
        },
      },
      'V2',
    );
    expect(request.matchingRules).toEqual({
      body: {
        '$.items': { matchers: [{ match: 'type', min: 1 }] },
        '$.items[*].id': { matchers: [{ match: 'type' }] },
        $: { matchers: [{ match: 'type' }] },
      },
      header: { 'Content-Type': { matchers: [{ match: 'regex', regex: 'json' }] } },
      query: { 'page-size': { matchers: [{ match: 'regex', regex: '\\d+' }] } },
      path: { '': { matchers: [{ match: 'regex', regex: '/a' }] } },
    });
  });

  it('reads V3 categories, with path rules directly under their category', () => {
    const rules = {
      body: { '$.a': { combine: 'OR', matchers: [{ match: 'integer' }, { match: 'null' }] } },
      path: { combine: 'AND', matchers: [{ match: 'regex', regex: '/\\d+' }] },
      header: { 'X-Id': { matchers: [{ match: 'regex', regex: '\\d+' }] } },
    };
    expect(normalizeRequest({ method: 'GET', path: '/1', matchingRules: rules }, 'V3').matchingRules).toEqual({
      body: { '$.a': { combine: 'OR', matchers: [{ match: 'integer' }, { match: 'null' }] } },
      path: { '': { combine: 'AND', matchers: [{ match: 'regex', regex: '/\\d+' }] } },
      header: { 'X-Id': { matchers: [{ match: 'regex', regex: '\\d+' }] } },
    });
  });

  it('never changes the JSON it reads, also where V2 keys add to a category of lists in model form', () => {
    const rules = {
      body: { '$.a': { matchers: [{ match: 'type' }] } },
      '$.body.b': { match: 'integer' },
      '$.body.a': { match: 'null' },
    };
    const written = JSON.parse(JSON.stringify(rules)) as typeof rules;
    const read = normalizeRequest({ method: 'GET', path: '/', matchingRules: rules }, 'V3').matchingRules;
    expect(read).toEqual({
      body: {
        '$.a': { matchers: [{ match: 'type' }, { match: 'null' }] },
        '$.b': { matchers: [{ match: 'integer' }] },
      },
    });
    expect(rules).toEqual(written);
  });

  it('reads lists that are not in model form into it, next to ones that are', () => {
    const rules = {
      body: { '$.a': { matchers: [{ match: 'type' }] }, '$.b': { matchers: [{ regex: '\\d+' }], combine: 'AND' } },
    };
    expect(normalizeResponse({ status: 200, matchingRules: rules }, 'V3').matchingRules).toEqual({
      body: {
        '$.a': { matchers: [{ match: 'type' }] },
        '$.b': { matchers: [{ match: 'regex', regex: '\\d+' }], combine: 'AND' },
      },
    });
  });

  it('reads generators, with path generators directly under their category', () => {
    const generators = {
      path: { type: 'ProviderState', expression: '/o/${id}' },
      body: { '$.id': { type: 'RandomInt', min: 1, max: 9 } },
    };
    expect(normalizeRequest({ method: 'GET', path: '/o/1', generators }, 'V3').generators).toEqual({
      path: { '': { type: 'ProviderState', expression: '/o/${id}' } },
      body: { '$.id': { type: 'RandomInt', min: 1, max: 9 } },
    });
  });
});

describe('normalizeResponse', () => {
  it('reads status, headers and a V4 body', () => {
    expect(
      normalizeResponse(
        { status: 201, headers: { A: ['1'] }, body: { content: 'ok', contentType: 'text/plain', encoded: false } },
        'V4',
      ),
    ).toEqual({
      status: 201,
      headers: { A: ['1'] },
      body: { content: 'ok', contentType: 'text/plain', encoded: false },
    });
  });
});

describe('normalizeMessage', () => {
  it('reads V3 contents with the content type from metadata', () => {
    expect(normalizeMessage({ contents: 'x', metadata: { contentType: 'text/plain' } }, 'V3')).toEqual({
      contents: { content: 'x', contentType: 'text/plain' },
      metadata: { contentType: 'text/plain' },
    });
  });

  it('reads the old metaData key as metadata', () => {
    expect(normalizeMessage({ contents: { a: 1 }, metaData: { topic: 't' } }, 'V3').metadata).toEqual({ topic: 't' });
  });

  it('reads V4 message contents as a body object with metadata rules', () => {
    const message = normalizeMessage(
      {
        contents: { content: { a: 1 }, contentType: 'application/json', encoded: false },
        matchingRules: {
          body: { '$.a': { matchers: [{ match: 'integer' }] } },
          metadata: { topic: { matchers: [{ match: 'regex', regex: 'o.*' }] } },
        },
      },
      'V4',
    );
    expect(message.matchingRules?.metadata).toEqual({ topic: { matchers: [{ match: 'regex', regex: 'o.*' }] } });
    expect(message.contents).toEqual({ content: { a: 1 }, contentType: 'application/json', encoded: false });
  });
});

describe('errors', () => {
  const cases: Array<[string, () => unknown, string]> = [
    [
      'a method that is not a string',
      () =>
        normalizeRequest({ method: 1, path: '/' }, 'V3', { path: '$.interactions[2].request', interaction: 'get it' }),
      '$.interactions[2].request.method',
    ],
    [
      'a header value that is an object',
      () => normalizeRequest({ method: 'GET', path: '/', headers: { A: {} } }, 'V3'),
      '$.headers.A',
    ],
    ['a query that is a number', () => normalizeRequest({ method: 'GET', path: '/', query: 3 }, 'V2'), '$.query'],
    ['a status that is a string', () => normalizeResponse({ status: '200' }, 'V3'), '$.status'],
    [
      'a rule without a name',
      () =>
        normalizeRequest(
          { method: 'GET', path: '/', matchingRules: { body: { '$.a': { matchers: [{ foo: 1 }] } } } },
          'V3',
        ),
      "$.matchingRules.body['$.a'].matchers[0]",
    ],
    [
      'a V2 rule key outside body, headers, query and path',
      () => normalizeRequest({ method: 'GET', path: '/', matchingRules: { '$.cookies.x': { match: 'type' } } }, 'V2'),
      "$.matchingRules['$.cookies.x']",
    ],
    [
      'a combine other than AND/OR',
      () =>
        normalizeRequest(
          { method: 'GET', path: '/', matchingRules: { body: { '$.a': { combine: 'XOR', matchers: [] } } } },
          'V3',
        ),
      "$.matchingRules.body['$.a'].combine",
    ],
    [
      'a V4 body object with a bad encoding',
      () => normalizeRequest({ method: 'GET', path: '/', body: { content: 'x', encoded: 7 } }, 'V4'),
      '$.body.encoded',
    ],
    [
      'a generator without a type',
      () => normalizeResponse({ status: 200, generators: { body: { '$.a': { min: 1 } } } }, 'V3'),
      "$.generators.body['$.a'].type",
    ],
  ];

  it.each(cases)('names the JSON path of %s', (_name, run, path) => {
    expect(run).toThrow(
      expect.objectContaining({ code: 'TREATY_CORE_INVALID_PACT', details: expect.objectContaining({ path }) }),
    );
  });

  it('says which interaction, where, and what was expected', () => {
    expect(() =>
      normalizeRequest({ method: 1, path: '/' }, 'V3', {
        path: '$.interactions[2].request',
        interaction: 'get it',
        source: 'a.json',
      }),
    ).toThrow(
      'Failed to read pact a.json: in interaction "get it" at $.interactions[2].request.method expected an ' +
        'HTTP method string such as "GET" but found 1 (number)',
    );
  });
});

describe('defaults for parts left out', () => {
  it('fill a missing method, path or status from the defaults given', () => {
    expect(normalizeRequest({ headers: { A: 'x' } }, 'V3', { defaults: { method: 'PUT', path: '/p' } })).toMatchObject({
      method: 'PUT',
      path: '/p',
    });
    expect(normalizeResponse({ body: { a: 1 } }, 'V2', { defaults: { status: 204 } }).status).toBe(204);
  });

  it('keep the values written in the part over the defaults', () => {
    expect(
      normalizeRequest({ method: 'GET', path: '/a' }, 'V3', { defaults: { method: 'PUT', path: '/p' } }),
    ).toMatchObject({ method: 'GET', path: '/a' });
    expect(normalizeResponse({ status: 500 }, 'V3', { defaults: { status: 204 } }).status).toBe(500);
  });

  it('still require the parts when no default is given, as in a pact file', () => {
    expect(() => normalizeResponse({ body: 'x' }, 'V3')).toThrow(
      expect.objectContaining({ code: 'TREATY_CORE_INVALID_PACT' }),
    );
    expect(() => normalizeRequest({ path: '/' }, 'V3', { defaults: { path: '/x' } })).toThrow(
      expect.objectContaining({ code: 'TREATY_CORE_INVALID_PACT' }),
    );
  });
});
