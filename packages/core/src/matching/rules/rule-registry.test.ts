import { applyRuleList, applyRules, ruleName } from './rule-registry';

const opts = { direct: true, fromText: false };

describe('rule registry', () => {
  it('names rules canonically', () => {
    expect(ruleName({ match: 'timestamp' })).toBe('datetime');
    expect(ruleName({ match: 'min' })).toBe('type');
    expect(ruleName({ match: 'real' })).toBe('decimal');
    expect(ruleName({ regex: 'x' } as never)).toBe('regex');
    expect(ruleName({ min: 1 } as never)).toBe('type');
  });

  it('combines with AND by default', () => {
    const list = {
      matchers: [
        { match: 'regex', regex: 'a.*' },
        { match: 'include', value: 'z' },
      ],
    };
    expect(applyRuleList(list, 'a', 'abc', opts)).toEqual([
      { rule: 'include', message: "Expected 'abc' to include 'z'" },
    ]);
  });

  it('combines with OR when asked', () => {
    const list = { combine: 'OR' as const, matchers: [{ match: 'null' }, { match: 'integer' }] };
    expect(applyRuleList(list, 1, null, opts)).toEqual([]);
    expect(applyRuleList(list, 1, 'x', opts).map((f) => f.rule)).toEqual(['null', 'integer']);
  });

  it('fails unknown rules with a message instead of throwing', () => {
    const failures = applyRuleList({ matchers: [{ match: 'wibble' }] }, 1, 1, opts);
    expect(failures).toHaveLength(1);
    expect(failures[0].message).toMatch(/^Unknown matching rule 'wibble' \(supported: equality, regex/);
  });

  it('skips scalar rules on containers reached by cascade, and says nothing applied', () => {
    expect(
      applyRules({ matchers: [{ match: 'regex', regex: 'x' }] }, [1], [1], { direct: false, fromText: false }),
    ).toEqual({ failures: [], applied: 0 });
  });

  it('applies scalar rules named on a container directly (they fail)', () => {
    expect(applyRuleList({ matchers: [{ match: 'integer' }] }, 1, [1], opts)[0].message).toBe(
      'Expected [1] (Array) to be an integer',
    );
  });

  it('does not cascade container-only rules', () => {
    expect(
      applyRules({ matchers: [{ match: 'eachKey', rules: [] }] }, 1, 2, { direct: false, fromText: false }).applied,
    ).toBe(0);
  });
});
