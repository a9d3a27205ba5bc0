import { headerValuesMatch, matchHeaders } from './match-headers';

describe('matchHeaders', () => {
  it('finds headers case-insensitively and allows extra ones', () => {
    expect(matchHeaders({ Accept: ['a'] }, { ACCEPT: ['a'], 'X-Other': ['1'] }, undefined)).toEqual([]);
  });

  it('reports missing and different headers by name', () => {
    expect(matchHeaders({ 'X-A': ['1'], 'X-B': ['2'] }, { 'x-b': ['3'] }, undefined)).toEqual([
      {
        type: 'header',
        path: 'X-A',
        expected: '1',
        actual: undefined,
        message: "Expected header 'X-A' but it was missing",
      },
      {
        type: 'header',
        path: 'X-B',
        expected: '2',
        actual: '3',
        message: "Expected header 'X-B' to have value '2' but received '3'",
      },
    ]);
  });

  it('compares comma-separated values in order, ignoring whitespace', () => {
    expect(headerValuesMatch('cache-control', 'a,b', 'a, b')).toBe(true);
    expect(headerValuesMatch('cache-control', 'a, b', 'b, a')).toBe(false);
    expect(headerValuesMatch('x-values', 'Alligators', 'alligators')).toBe(false);
  });

  it('compares Content-Type and Accept as media types', () => {
    expect(headerValuesMatch('content-type', 'application/json', 'application/json; charset=UTF-8')).toBe(true);
    expect(
      headerValuesMatch(
        'accept',
        'application/json;charset=utf-8, text/plain',
        'application/json; charset=UTF-8, text/plain',
      ),
    ).toBe(true);
    expect(headerValuesMatch('accept', 'alligators, hippos', 'hippos, alligators')).toBe(false);
  });

  it('compares Accept and Content-Type values that are not media types as exact text', () => {
    expect(headerValuesMatch('accept', 'crocodiles', 'Crocodiles')).toBe(false);
    expect(headerValuesMatch('content-type', 'lizards', 'LIZARDS')).toBe(false);
    expect(headerValuesMatch('accept', 'crocodiles', 'crocodiles')).toBe(true);
    expect(headerValuesMatch('content-type', 'Text/Plain', 'text/plain; charset=utf-8')).toBe(true);
  });

  it('names the value that failed in a repeated header, not the joined values', () => {
    const rules = { 'x-id': { matchers: [{ match: 'regex', regex: '^\\d+$' }] } };
    expect(matchHeaders({ 'X-Id': ['1'] }, { 'X-Id': ['12', 'abc', '7'] }, rules)).toEqual([
      {
        type: 'header',
        path: 'X-Id',
        expected: '1',
        actual: 'abc',
        message: "Header 'X-Id': Expected 'abc' to match '^\\d+$'",
        rule: 'regex',
      },
    ]);
  });

  it('applies rules by header name, to the whole value or each part', () => {
    const rules = { accept: { matchers: [{ match: 'regex', regex: '^\\w+$' }] } };
    expect(matchHeaders({ Accept: ['a'] }, { Accept: ['crocodiles'] }, rules)).toEqual([]);
    expect(matchHeaders({ Accept: ['a'] }, { Accept: ['x, y'] }, rules)).toEqual([]);
    expect(matchHeaders({ Accept: ['a'] }, { Accept: ['x y'] }, rules)).toEqual([
      {
        type: 'header',
        path: 'Accept',
        expected: 'a',
        actual: 'x y',
        message: "Header 'Accept': Expected 'x y' to match '^\\w+$'",
        rule: 'regex',
      },
    ]);
    expect(
      matchHeaders({ 'X-Id': ['1'] }, { 'X-Id': ['42'] }, { 'X-Id': { matchers: [{ match: 'integer' }] } }),
    ).toEqual([]);
  });
});
