import { bareMediaType, bodyKindOf, isJsonType, isTextType } from './content-type';

describe('content-type classification', () => {
  it.each([
    ['application/json', 'json'],
    ['Application/JSON; charset=UTF-8', 'json'],
    ['application/hal+json', 'json'],
    ['application/graphql-response+json', 'json'],
    ['text/json', 'json'],
    ['text/xml', 'xml'],
    ['application/atom+xml', 'xml'],
    ['application/x-www-form-urlencoded', 'form'],
    ['multipart/form-data; boundary=x', 'multipart'],
    ['multipart/mixed', 'multipart'],
    ['text/plain', 'text'],
    ['text/html', 'text'],
    ['application/yaml', 'text'],
    ['application/x-yaml', 'text'],
    ['text/yaml', 'text'],
    ['application/openapi+yaml', 'text'],
    ['application/graphql', 'text'],
    ['application/javascript', 'text'],
    ['image/png', 'binary'],
    ['application/octet-stream', 'binary'],
    ['application/pdf', 'binary'],
  ])('classifies %s as %s', (type, kind) => {
    expect(bodyKindOf(type)).toBe(kind);
    expect(isJsonType(type)).toBe(kind === 'json');
    expect(isTextType(type)).toBe(kind !== 'binary');
  });

  it('has no kind without a content type', () => {
    expect(bodyKindOf(undefined)).toBeUndefined();
    expect(bodyKindOf(' ; charset=utf-8')).toBeUndefined();
    expect(isTextType(undefined)).toBe(false);
    expect(isJsonType('')).toBe(false);
  });

  it('answers the same when asked again (classifications are remembered)', () => {
    for (let i = 0; i < 2; i++) {
      expect(bodyKindOf(' ; charset=utf-8')).toBeUndefined();
      expect(bodyKindOf('Application/Problem+JSON; charset=utf-8')).toBe('json');
      expect(isTextType('image/png')).toBe(false);
    }
  });

  it('strips parameters and case from the media type', () => {
    expect(bareMediaType('Text/Plain ; charset=utf-8')).toBe('text/plain');
    expect(bareMediaType(undefined)).toBeUndefined();
  });
});
