import { checkBounds, checkType } from './type';

const input = (expected: unknown, actual: unknown, options: { min?: number; max?: number; direct?: boolean } = {}) => ({
  rule: {
    match: 'type',
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...(options.max !== undefined ? { max: options.max } : {}),
  },
  expected,
  actual,
  direct: options.direct ?? true,
  fromText: false,
});

describe('type rule', () => {
  it.each([
    ['strings', 'a', 'zzz'],
    ['integers and decimals', 1, 2.5],
    ['booleans', true, false],
    ['nulls', null, null],
    ['arrays', [1], []],
    ['objects', { a: 1 }, { b: 'x' }],
  ])('accepts %s', (_name, expected, actual) => {
    expect(checkType(input(expected, actual))).toBeUndefined();
  });

  it('rejects another type with both types named', () => {
    expect(checkType(input('abc', 1))).toBe("Expected 1 (Integer) to be the same type as 'abc' (String)");
    expect(checkType(input([1], { a: 1 }))).toBe('Expected {"a":1} (Object) to be the same type as [1] (Array)');
  });

  it('checks min and max of arrays the rule names', () => {
    expect(checkType(input([1], [], { min: 1 }))).toBe('Expected at least 1 item but received 0');
    expect(checkType(input([1], [1, 2, 3], { max: 2 }))).toBe('Expected at most 2 items but received 3');
    expect(checkType(input([1], [1, 2], { min: 1, max: 2 }))).toBeUndefined();
  });

  it('ignores min and max when the rule cascades from a parent', () => {
    expect(checkType(input([1], [], { min: 1, direct: false }))).toBeUndefined();
  });

  it('has plain bounds checks', () => {
    expect(checkBounds(2, undefined, 1)).toBe('Expected at least 2 items but received 1');
    expect(checkBounds(undefined, undefined, 100)).toBeUndefined();
  });
});
