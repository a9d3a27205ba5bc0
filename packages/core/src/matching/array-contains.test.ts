import { formatJsonPath } from '../json-path/json-path';
import { compareTree } from './compare-tree';
import { RuleIndex } from './rule-index';
import type { TreeContext } from './tree-context';

function compare(expected: unknown, actual: unknown, variants: unknown[]) {
  const ctx: TreeContext = {
    rules: new RuleIndex({ $: { matchers: [{ match: 'arrayContains', variants }] } }),
    allowUnexpectedKeys: true,
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

describe('arrayContains', () => {
  const expected = [
    { id: 1, kind: 'a' },
    { id: 2, kind: 'b' },
  ];

  it('finds each variant in any order, with extra items allowed', () => {
    const variants = [
      { index: 0, rules: { '$.id': { matchers: [{ match: 'integer' }] } } },
      { index: 1, rules: {} },
    ];
    expect(compare(expected, [{ id: 2, kind: 'b' }, { id: 99, kind: 'a' }, 'other'], variants)).toEqual([]);
  });

  it('reports a variant no item matches', () => {
    const variants = [{ index: 1, rules: {} }];
    expect(compare(expected, [{ id: 3, kind: 'b' }], variants)).toEqual([
      {
        type: 'body',
        path: '$',
        expected: { id: 2, kind: 'b' },
        actual: [{ id: 3, kind: 'b' }],
        rule: 'arrayContains',
        message: 'Expected an item matching {"id":2,"kind":"b"} (variant 1) but none of the 1 items did',
      },
    ]);
  });

  it('treats every expected item as a variant when none are given', () => {
    expect(compare([1, 2], [2, 3, 1], [])).toEqual([]);
    expect(compare([1, 2], [2, 3], [])).toHaveLength(1);
  });

  it('reports a variant pointing past the expected array', () => {
    expect(compare([1], [1], [{ index: 4, rules: {} }])[0].message).toBe(
      'The arrayContains variant 4 has no example in the expected array',
    );
  });
});
