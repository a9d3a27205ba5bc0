import { checkArrayContainsShape, checkEachKey, checkValuesShape, subRules } from './container-rules';

const input = (rule: Record<string, unknown>, actual: unknown) => ({
  rule: { match: 'x', ...rule },
  expected: {},
  actual,
  direct: true,
  fromText: false,
});

describe('container rules', () => {
  it('eachKey checks every key with its rules', () => {
    const rule = { match: 'eachKey', rules: [{ match: 'regex', regex: '^[a-z]+$' }] };
    expect(checkEachKey(input(rule, { abc: 1, de: 2 }))).toBeUndefined();
    expect(checkEachKey(input(rule, { abc: 1, D1: 2 }))).toBe("Key 'D1': Expected 'D1' to match '^[a-z]+$'");
    expect(checkEachKey(input(rule, [1]))).toBe('Expected [1] (Array) to be an object');
  });

  it('values and eachValue need a container', () => {
    expect(checkValuesShape(input({ match: 'values' }, { a: 1 }))).toBeUndefined();
    expect(checkValuesShape(input({ match: 'values' }, 'x'))).toBe(
      "Expected 'x' (String) to be an object or array for the values rule",
    );
  });

  it('arrayContains needs an array', () => {
    expect(checkArrayContainsShape(input({}, []))).toBeUndefined();
    expect(checkArrayContainsShape(input({}, {}))).toBe('Expected {} (Object) to be an array');
  });

  it('reads nested rules, ignoring junk', () => {
    expect(subRules({ match: 'eachValue', rules: [{ match: 'type' }, 3] })).toEqual([{ match: 'type' }]);
    expect(subRules({ match: 'eachValue' })).toEqual([]);
  });
});
