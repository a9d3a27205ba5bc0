import { checkRegex } from './regex';

const input = (regex: unknown, actual: unknown) => ({
  rule: { match: 'regex', regex },
  expected: 'x',
  actual,
  direct: true,
  fromText: false,
});

describe('regex rule', () => {
  it('accepts a string with a match', () => {
    expect(checkRegex(input('\\w+', 'Harry'))).toBeUndefined();
  });

  it('matches the whole value, not a part of it', () => {
    expect(checkRegex(input('ab.{2}', 'abcd'))).toBeUndefined();
    expect(checkRegex(input('ab.{2}', 'abcde'))).toBe("Expected 'abcde' to match 'ab.{2}'");
    expect(checkRegex(input('\\d\\.\\d{1,2}', 500.55))).toBe("Expected '500.55' to match '\\d\\.\\d{1,2}'");
  });

  it('honours anchors', () => {
    expect(checkRegex(input('^\\d+$', '12a'))).toBe("Expected '12a' to match '^\\d+$'");
  });

  it('reads numbers and booleans as text', () => {
    expect(checkRegex(input('^true$', true))).toBeUndefined();
    expect(checkRegex(input('^[0-9]$', 4))).toBeUndefined();
  });

  it('rejects null and containers with their type', () => {
    expect(checkRegex(input('.*', null))).toBe("Expected null (Null) to match '.*'");
    expect(checkRegex(input('.*', { a: 1 }))).toBe('Expected {"a":1} (Object) to match \'.*\'');
  });

  it('reports an invalid regex instead of throwing', () => {
    expect(checkRegex(input('(', 'x'))).toBe("The regex '(' is not a valid regular expression");
  });

  it('reports a missing regex', () => {
    expect(checkRegex(input(undefined, 'x'))).toBe('The regex rule has no "regex" to match against');
  });
});
