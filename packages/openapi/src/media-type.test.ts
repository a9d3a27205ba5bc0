import { acceptAdmits, pickMediaType } from './media-type';

describe('pickMediaType', () => {
  const keys = ['application/json;version=1', 'application/json;version=2', 'application/*', 'text/plain'];

  it('tells media types apart by their parameters, and falls back to the first of the same type', () => {
    expect(pickMediaType(keys, 'application/json; version=2')).toBe('application/json;version=2');
    expect(pickMediaType(keys, 'application/json')).toBe('application/json;version=1');
  });

  it('matches structured-syntax suffixes, then wildcards', () => {
    expect(pickMediaType(['application/json'], 'application/vnd.api+json')).toBe('application/json');
    expect(pickMediaType(keys, 'application/xml')).toBe('application/*');
    expect(pickMediaType(['*/*'], 'image/png')).toBe('*/*');
    expect(pickMediaType(['text/plain'], 'image/png')).toBeUndefined();
    expect(pickMediaType(keys, undefined)).toBeUndefined();
  });
});

describe('acceptAdmits', () => {
  it('reads every range of an Accept header, wildcards and suffixes included', () => {
    expect(acceptAdmits('text/html, application/*;q=0.5', 'application/json')).toBe(true);
    expect(acceptAdmits('application/json', 'application/problem+json')).toBe(true);
    expect(acceptAdmits('application/xml', 'application/json')).toBe(false);
  });
});
