import { checkInclude } from './include';

const input = (value: unknown, actual: unknown) => ({
  rule: { match: 'include', value },
  expected: 'x',
  actual,
  direct: true,
  fromText: false,
});

describe('include rule', () => {
  it('accepts text containing the value', () => {
    expect(checkInclude(input('ator', 'alligator'))).toBeUndefined();
    expect(checkInclude(input('23', 1234))).toBeUndefined();
  });

  it('rejects text without the value', () => {
    expect(checkInclude(input('croc', 'alligator'))).toBe("Expected 'alligator' to include 'croc'");
  });

  it('rejects non-text values', () => {
    expect(checkInclude(input('a', ['a']))).toBe('Expected ["a"] (Array) to include \'a\'');
  });
});
