import { checkEquality } from './equality';

const input = (expected: unknown, actual: unknown) => ({
  rule: { match: 'equality' },
  expected,
  actual,
  direct: true,
  fromText: false,
});

describe('equality rule', () => {
  it.each([
    ['strings', 'a', 'a'],
    ['numbers', 1, 1],
    ['objects with keys in another order', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }],
    ['null', null, null],
  ])('accepts equal %s', (_name, expected, actual) => {
    expect(checkEquality(input(expected, actual))).toBeUndefined();
  });

  it.each([
    ['different strings', 'a', 'b', "Expected 'b' to be equal to 'a'"],
    ['number and string', 1, '1', "Expected '1' to be equal to 1"],
    ['arrays of other lengths', [1], [1, 2], 'Expected [1,2] to be equal to [1]'],
  ])('rejects %s', (_name, expected, actual, message) => {
    expect(checkEquality(input(expected, actual))).toBe(message);
  });
});
