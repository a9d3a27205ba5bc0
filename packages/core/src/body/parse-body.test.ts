import { encodeBody, parseBody } from './parse-body';
import { formatQueryString, parseQueryString } from './query-string';

describe('parseBody', () => {
  it('parses JSON under JSON-ish content types', () => {
    expect(parseBody('{"a":[1]}', 'application/json; charset=utf-8')).toEqual({
      content: { a: [1] },
      contentType: 'application/json; charset=utf-8',
    });
    expect(parseBody('null', 'application/problem+json')).toEqual({
      content: null,
      contentType: 'application/problem+json',
    });
    expect(parseBody(new TextEncoder().encode('[1,2]'), 'application/vnd.api+json')?.content).toEqual([1, 2]);
  });

  it('keeps invalid JSON under a JSON content type as a string', () => {
    expect(parseBody('{oops', 'application/json')).toEqual({ content: '{oops', contentType: 'application/json' });
  });

  it('parses objects and arrays without a content type, and keeps other text as text', () => {
    expect(parseBody('{"a":1}')).toEqual({ content: { a: 1 }, contentType: 'application/json' });
    expect(parseBody('123')).toEqual({ content: '123' });
    expect(parseBody('<a/>', 'application/xml')).toEqual({ content: '<a/>', contentType: 'application/xml' });
  });

  it('turns binary bytes into base64', () => {
    expect(parseBody(new Uint8Array([0, 1, 255]), 'image/png')).toEqual({
      content: 'AAH/',
      encoded: 'base64',
      contentType: 'image/png',
    });
    expect(parseBody(new Uint8Array([0xff, 0xfe]))).toEqual({ content: '//4=', encoded: 'base64' });
  });

  it('gives an empty body for empty text and nothing for no body', () => {
    expect(parseBody('', 'text/plain')).toEqual({ content: '', contentType: 'text/plain' });
    expect(parseBody(undefined)).toBeUndefined();
  });
});

describe('encodeBody', () => {
  it('writes JSON, text and base64 bodies', () => {
    expect(encodeBody({ content: { a: 1 }, contentType: 'application/json' })).toBe('{"a":1}');
    expect(encodeBody({ content: 'hi', contentType: 'text/plain' })).toBe('hi');
    expect(encodeBody({ content: 'hi', encoded: 'json' })).toBe('"hi"');
    expect(Array.from(encodeBody({ content: 'AAH/', encoded: 'base64' }) as Uint8Array)).toEqual([0, 1, 255]);
    expect(encodeBody(undefined)).toBeUndefined();
  });

  it('round-trips binary bodies through parseBody', () => {
    const bytes = new Uint8Array(Array.from({ length: 300 }, (_v, i) => (i * 7) % 256));
    expect(Array.from(encodeBody(parseBody(bytes, 'application/octet-stream')) as Uint8Array)).toEqual(
      Array.from(bytes),
    );
  });
});

describe('query strings', () => {
  it('parses repeated names, + and percent escapes', () => {
    expect(parseQueryString('a=1&a=2&b=x+y%2Fz&c&d=')).toEqual({ a: ['1', '2'], b: ['x y/z'], c: [''], d: [''] });
    expect(parseQueryString('?q=%E2%9C%93')).toEqual({ q: ['✓'] });
    expect(parseQueryString('')).toEqual({});
    expect(parseQueryString('bad=%zz')).toEqual({ bad: ['%zz'] });
  });

  it('formats in key order and parses back to the same map', () => {
    const query = { z: ['a b', 'c&d'], a: ['ü=1'] };
    expect(formatQueryString(query)).toBe('z=a%20b&z=c%26d&a=%C3%BC%3D1');
    expect(parseQueryString(formatQueryString(query))).toEqual(query);
  });
});
