import { checkBoolean, checkDecimal, checkInteger, checkNull, checkNumber } from './number-rules';

const input = (actual: unknown, fromText = false) => ({
  rule: { match: 'x' },
  expected: 1,
  actual,
  direct: true,
  fromText,
});

describe('number rules', () => {
  it('integer accepts JSON integers only in bodies', () => {
    expect(checkInteger(input(42))).toBeUndefined();
    expect(checkInteger(input(-3))).toBeUndefined();
    expect(checkInteger(input(4.5))).toBe('Expected 4.5 (Decimal) to be an integer');
    expect(checkInteger(input('abc'))).toBe("Expected 'abc' (String) to be an integer");
    expect(checkInteger(input('42'))).toBe("Expected '42' (String) to be an integer");
  });

  it('integer reads text in queries and headers', () => {
    expect(checkInteger(input('42', true))).toBeUndefined();
    expect(checkInteger(input('4.2', true))).toBe("Expected '4.2' (String) to be an integer");
  });

  it('decimal wants a fractional part', () => {
    expect(checkDecimal(input(1.5))).toBeUndefined();
    expect(checkDecimal(input(2))).toBe('Expected 2 (Integer) to be a decimal number');
    expect(checkDecimal(input('1.5', true))).toBeUndefined();
    expect(checkDecimal(input('1.5'))).toBe("Expected '1.5' (String) to be a decimal number");
  });

  it('number accepts any number', () => {
    expect(checkNumber(input(1))).toBeUndefined();
    expect(checkNumber(input(1.25))).toBeUndefined();
    expect(checkNumber(input('1e3', true))).toBeUndefined();
    expect(checkNumber(input('x', true))).toBe("Expected 'x' (String) to be a number");
    expect(checkNumber(input(null))).toBe('Expected null (Null) to be a number');
  });

  it('boolean accepts booleans (and their text outside bodies)', () => {
    expect(checkBoolean(input(false))).toBeUndefined();
    expect(checkBoolean(input('true', true))).toBeUndefined();
    expect(checkBoolean(input('true'))).toBe("Expected 'true' (String) to be a boolean");
  });

  it('null accepts only null', () => {
    expect(checkNull(input(null))).toBeUndefined();
    expect(checkNull(input(0))).toBe('Expected 0 (Integer) to be null');
  });
});
