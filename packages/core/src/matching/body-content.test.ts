import { bodyJson, bodyText, viewBody } from './body-content';

describe('viewBody', () => {
  it('classifies body states', () => {
    expect(viewBody(undefined, undefined).state).toBe('missing');
    expect(viewBody({ content: null }, undefined).state).toBe('null');
    expect(viewBody({ content: '' }, undefined).state).toBe('empty');
    expect(viewBody({ content: { a: 1 } }, undefined)).toMatchObject({
      state: 'present',
      kind: 'json',
      contentType: 'application/json',
    });
  });

  it('prefers the body content type, then the declared one, then a guess', () => {
    expect(viewBody({ content: '<a/>', contentType: 'text/plain' }, 'application/xml').kind).toBe('text');
    expect(viewBody({ content: '<a/>' }, 'application/xml').kind).toBe('xml');
    expect(viewBody({ content: '<a/>' }, undefined)).toMatchObject({ kind: 'xml', contentType: 'application/xml' });
  });

  it('decodes base64 text and parses JSON documents only', () => {
    expect(bodyText(viewBody({ content: 'aGk=', encoded: 'base64', contentType: 'text/plain' }, undefined))).toBe('hi');
    expect(bodyJson(viewBody({ content: '{"a":1}', contentType: 'application/json' }, undefined))).toEqual({ a: 1 });
    expect(bodyJson(viewBody({ content: 'plain', contentType: 'application/json' }, undefined))).toBe('plain');
    expect(bodyJson(viewBody({ content: '{broken', contentType: 'application/json' }, undefined))).toBe('{broken');
  });
});
