import { decodeBase64Head, detectContentType, mediaTypeMatches, parseMediaType } from './media-type';

describe('media types', () => {
  it('parses base and parameters', () => {
    expect(parseMediaType('Application/JSON; Charset="UTF-8"; q=1')).toEqual({
      base: 'application/json',
      params: { charset: 'UTF-8', q: '1' },
    });
  });

  it.each([
    ['application/json', 'application/json;charset=UTF-8', true],
    ['application/json; charset=utf-8', 'application/json; charset=UTF-8', true],
    ['application/json; charset=UTF-16', 'application/json; charset=UTF-8', false],
    ['text/x-okie; a=1; b=2', 'Text/X-Okie; b=2; a=1', true],
    ['application/json', 'text/plain', false],
  ])('%s vs %s → %s', (expected, actual, result) => {
    expect(mediaTypeMatches(expected, actual)).toBe(result);
  });

  it('detects content types by looking', () => {
    expect(detectContentType({ a: 1 }, false)).toBe('application/json');
    expect(detectContentType('{"a":1}', false)).toBe('application/json');
    expect(detectContentType('<?xml version="1.0"?><a/>', false)).toBe('application/xml');
    expect(detectContentType('hello', false)).toBe('text/plain');
    expect(detectContentType('iVBORw0KGgoAAAANSUhEUg==', true)).toBe('image/png');
    expect(detectContentType('/9j/4AAQSkZJRg==', true)).toBe('image/jpeg');
    expect(detectContentType('JVBERi0xLjQ=', true)).toBe('application/pdf');
  });

  it('decodes base64 without Buffer', () => {
    expect(decodeBase64Head('aGVsbG8gd29ybGQ=', true)).toBe('hello world');
  });
});
