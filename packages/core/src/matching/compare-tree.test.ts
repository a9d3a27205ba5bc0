import type { RuleList } from '../model';
import { formatJsonPath } from '../json-path/json-path';
import { compareTree } from './compare-tree';
import { RuleIndex } from './rule-index';
import type { TreeContext } from './tree-context';

function compare(expected: unknown, actual: unknown, rules: Record<string, RuleList> = {}, allowUnexpectedKeys = true) {
  const ctx: TreeContext = {
    rules: new RuleIndex(rules),
    allowUnexpectedKeys,
    fromText: false,
    scalarRulesReachItems: false,
    type: 'body',
    noun: 'key',
    formatPath: formatJsonPath,
    mismatches: [],
  };
  compareTree(ctx, [], expected, actual);
  return ctx.mismatches;
}

const rule = (match: string, extra: Record<string, unknown> = {}) => ({ matchers: [{ match, ...extra }] });

describe('compareTree (JSON bodies)', () => {
  it('reports a different value with its path', () => {
    expect(compare({ items: [{ id: 1 }] }, { items: [{ id: 2 }] })).toEqual([
      { type: 'body', path: '$.items[0].id', expected: 1, actual: 2, message: 'Expected 1 but received 2' },
    ]);
  });

  it('reports type differences with both types', () => {
    expect(compare({ a: '1' }, { a: 1 })[0].message).toBe("Expected '1' (String) but received 1 (Integer)");
  });

  it('reports missing keys, and unexpected keys only when strict', () => {
    expect(compare({ a: 1, b: 2 }, { a: 1 })[0]).toMatchObject({
      path: '$.b',
      message: "Expected key 'b' but it was missing",
    });
    expect(compare({ a: 1 }, { a: 1, c: 3 })).toEqual([]);
    expect(compare({ a: 1 }, { a: 1, c: 3 }, {}, false)[0]).toMatchObject({
      path: '$.c',
      message: "Unexpected key 'c'",
    });
  });

  it('keeps arrays strict without rules', () => {
    expect(compare([1, 2], [1, 2, 3])[0]).toMatchObject({ path: '$', message: 'Expected 2 items but received 3' });
    expect(compare([1, 2], [2, 1])).toHaveLength(2);
  });

  it('matches every item against the example with a type rule (eachLike)', () => {
    const rules = { '$.items': rule('type', { min: 1 }) };
    expect(compare({ items: [{ id: 1 }] }, { items: [{ id: 5 }, { id: 6 }] }, rules)).toEqual([]);
    expect(compare({ items: [{ id: 1 }] }, { items: [] }, rules)[0].message).toBe(
      'Expected at least 1 item but received 0',
    );
    expect(compare({ items: [{ id: 1 }] }, { items: [{ id: 'x' }] }, rules)[0]).toMatchObject({
      path: '$.items[0].id',
      rule: 'type',
    });
  });

  it('lets the most specific rule win over a cascading one', () => {
    const rules = { '$.items': rule('type'), '$.items[*].id': rule('integer') };
    expect(compare({ items: [{ id: 1, n: 'a' }] }, { items: [{ id: 2.5, n: 'b' }] }, rules)).toEqual([
      {
        type: 'body',
        path: '$.items[0].id',
        expected: 1,
        actual: 2.5,
        message: 'Expected 2.5 (Decimal) to be an integer',
        rule: 'integer',
      },
    ]);
  });

  it('applies a wildcard rule to listed keys and leaves unlisted keys unchecked', () => {
    const rules = { '$.person.*': rule('type') };
    expect(compare({ person: { name: 'x' } }, { person: { name: 'y', age: 3, nick: 'z' } }, rules)).toEqual([]);
    expect(compare({ person: { name: 'x' } }, { person: { name: 3 } }, rules)[0].path).toBe('$.person.name');
    expect(compare({ person: { name: 'x' } }, { person: { name: 'y', age: 3 } }, rules, false)[0].path).toBe(
      '$.person.age',
    );
  });

  it('values: keys do not matter, values compare with the example', () => {
    const rules = { '$.m': rule('values'), '$.m.*': rule('type') };
    expect(compare({ m: { a: 1 } }, { m: { x: 2, y: 3 } }, rules, false)).toEqual([]);
  });

  it('eachValue applies its rules to every value', () => {
    const rules = { '$.m': rule('eachValue', { rules: [{ match: 'regex', regex: '^[a-z]+$' }] }) };
    expect(compare({ m: { a: 'x' } }, { m: { p: 'ok', q: 'NO' } }, rules)).toMatchObject([
      { path: '$.m.q', rule: 'regex' },
    ]);
    expect(
      compare({ list: ['x'] }, { list: ['a', 'b'] }, { '$.list': rule('eachValue', { rules: [{ match: 'type' }] }) }),
    ).toEqual([]);
  });

  it(
    'eachKey leaves values that no rule names unchecked ' + '(pact-js "only checks the keys and ignores the values")',
    () => {
      const rules = {
        $: rule('eachKey', { rules: [{ match: 'regex', regex: '[a-z]{3,}[0-9]' }] }),
        '$.key2': rule('type'),
      };
      expect(compare({ key1: "a string we don't care about", key2: 1 }, { key1: 'value', key2: 5 }, rules)).toEqual([]);
      expect(compare({ key1: 'a', key2: 1 }, { key1: 'b', key2: 'five' }, rules)).toMatchObject([
        { path: '$.key2', rule: 'type' },
      ]);
    },
  );

  it('eachKey checks keys and allows unexpected ones', () => {
    const rules = { '$.m': rule('eachKey', { rules: [{ match: 'regex', regex: '^id\\d+$' }] }) };
    expect(compare({ m: { id1: 1 } }, { m: { id1: 1, id2: 2 } }, rules, false)).toEqual([]);
    expect(compare({ m: { id1: 1 } }, { m: { id1: 1, x: 2 } }, rules, false)).toMatchObject([
      { path: '$.m.x', rule: 'eachKey', message: "Expected 'x' to match '^id\\d+$'" },
    ]);
  });

  it('handles a rule on a scalar reached through cascade by falling back to the rule', () => {
    expect(compare({ a: { b: 'x' } }, { a: { b: 'y' } }, { '$.a': rule('type') })).toEqual([]);
  });

  it('reports a container where a scalar was expected under a rule', () => {
    expect(compare({ a: 'x' }, { a: ['x'] }, { '$.a': rule('regex', { regex: 'x' }) })[0].message).toBe(
      'Expected ["x"] (Array) to match \'x\'',
    );
  });
});
