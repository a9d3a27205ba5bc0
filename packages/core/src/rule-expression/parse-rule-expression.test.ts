import { isTreatyError } from '../errors';
import { isRuleExpression, parseRuleExpression } from './parse-rule-expression';

describe('parseRuleExpression', () => {
  it.each([
    ['matching(number, 3)', 3, [{ match: 'number' }]],
    ['matching(integer, -12)', -12, [{ match: 'integer' }]],
    ['matching(decimal, 1.5)', 1.5, [{ match: 'decimal' }]],
    ["matching(type, 'Big Tree')", 'Big Tree', [{ match: 'type' }]],
    ['matching(equalTo, true)', true, [{ match: 'equality' }]],
    ['matching(boolean, false)', false, [{ match: 'boolean' }]],
    ["matching(regex, '\\d+', '12')", '12', [{ match: 'regex', regex: '\\d+' }]],
    ["matching(datetime, 'yyyy-MM-dd', '2024-01-02')", '2024-01-02', [{ match: 'datetime', format: 'yyyy-MM-dd' }]],
    ["matching(include, 'abc')", 'abc', [{ match: 'include', value: 'abc' }]],
    ["matching(semver, '1.2.3')", '1.2.3', [{ match: 'semver' }]],
    ["matching(contentType, 'text/plain', 'hi')", 'hi', [{ match: 'contentType', value: 'text/plain' }]],
    ["notEmpty('x')", 'x', [{ match: 'notEmpty' }]],
  ])('%s', (text, value, rules) => {
    expect(parseRuleExpression(text)).toEqual({ value, rules });
  });

  it('joins several definitions and nests eachValue rules', () => {
    expect(parseRuleExpression("atLeast(1), atMost(3), eachValue(matching(type, 'a'))")).toEqual({
      value: 'a',
      rules: [
        { match: 'type', min: 1 },
        { match: 'type', max: 3 },
        { match: 'eachValue', rules: [{ match: 'type' }], value: 'a' },
      ],
    });
  });

  it('reads escaped quotes, references and provider-state generators', () => {
    expect(parseRuleExpression("matching(type, 'it\\'s')").value).toBe("it's");
    expect(parseRuleExpression("matching($'shape')").reference).toBe('shape');
    expect(parseRuleExpression("fromProviderState('${id}', 7)")).toEqual({
      value: 7,
      rules: [],
      generator: { type: 'ProviderState', expression: '${id}' },
    });
  });

  it('rejects bad definitions with the path and the reason', () => {
    expect.assertions(3);
    try {
      parseRuleExpression('matching(number 3)', '$.rectangle.length');
    } catch (error) {
      expect(isTreatyError(error) && error.code).toBe('TREATY_CORE_INVALID_RULE_EXPRESSION');
      expect((error as Error).message).toContain('$.rectangle.length');
      expect((error as Error).message).toContain("expected ','");
    }
  });

  it.each(["matching(bogus, 'x')", "matching(type, 'x'", 'eachValue()', "matching(type, 'x') junk"])(
    'rejects %s',
    (text) => {
      expect(() => parseRuleExpression(text)).toThrow(/Failed to read matching definition/);
    },
  );
});

describe('isRuleExpression', () => {
  it('tells definitions from literal values', () => {
    expect(isRuleExpression('matching(number, 3)')).toBe(true);
    expect(isRuleExpression(" notEmpty('x')")).toBe(true);
    expect(isRuleExpression('just text (with parens)')).toBe(false);
  });
});
