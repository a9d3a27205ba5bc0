import { RuleIndex, asRuleList, ruleIndexFor } from './rule-index';

const list = (match: string) => ({ matchers: [{ match }] });

describe('RuleIndex', () => {
  const index = new RuleIndex({
    $: list('equality'),
    '$.animals': list('type'),
    '$.animals[*].*': list('regex'),
    '$.animals[*].name': list('include'),
    "$['two words']": list('integer'),
  });

  it('picks the most specific path', () => {
    expect(index.best(['animals', 0, 'name'])?.list).toEqual(list('include'));
    expect(index.best(['animals', 0, 'age'])?.list).toEqual(list('regex'));
    expect(index.best(['animals'])?.list).toEqual(list('type'));
    expect(index.best(['two words'])?.list).toEqual(list('integer'));
  });

  it('cascades rules to children and says when a rule is named directly', () => {
    expect(index.best(['animals'])?.direct).toBe(true);
    expect(index.best(['animals', 0])).toMatchObject({ list: list('type'), direct: false });
    expect(index.best(['other', 'x'])).toMatchObject({ list: list('equality'), direct: false });
  });

  it('reads plain names for headers and queries', () => {
    const byName = new RuleIndex({ 'X-Id': list('integer') }, { plainNames: true });
    expect(byName.best(['X-Id'])?.direct).toBe(true);
    expect(byName.best([])).toBeUndefined();
  });

  it('ignores unparseable paths and empty lists', () => {
    const bad = new RuleIndex({ '$.a[': list('type'), '$.b': { matchers: [] } });
    expect(bad.isEmpty).toBe(true);
  });

  it('accepts bare rule objects', () => {
    expect(asRuleList({ match: 'type' })).toEqual({ matchers: [{ match: 'type' }] });
    expect(asRuleList(null)).toEqual({ matchers: [] });
  });

  it('gives the same answers for repeated shapes (memoised) and for rules naming indexes (not memoised)', () => {
    const shaped = new RuleIndex({ '$.a[*].b': list('type') });
    expect(shaped.best(['a', 0, 'b'])?.direct).toBe(true);
    expect(shaped.best(['a', 7, 'b'])?.direct).toBe(true);
    expect(shaped.best(['a', 7, 'c'])).toBeUndefined();
    const indexed = new RuleIndex({ '$.a[1].b': list('type'), "$['2']": list('integer') });
    expect(indexed.best(['a', 1, 'b'])?.direct).toBe(true);
    expect(indexed.best(['a', 0, 'b'])).toBeUndefined();
    expect(indexed.best([2])?.list).toEqual(list('integer'));
  });

  it('keeps one index per rules object from its second use on (a rules object judged once keeps none)', () => {
    const rules = { '$.x': list('type') };
    const first = ruleIndexFor(rules);
    const kept = ruleIndexFor(rules);
    expect(kept).not.toBe(first);
    expect(ruleIndexFor(rules)).toBe(kept);
    expect(ruleIndexFor(rules)).toBe(kept);
    expect(ruleIndexFor(undefined).isEmpty).toBe(true);
  });

  it('answers with its own rules when other rules objects have the same paths (their lookups are shared)', () => {
    const first = ruleIndexFor({ '$.a[*]': list('type'), '$.a[*].b': list('integer') });
    const second = ruleIndexFor({ '$.a[*]': list('regex'), '$.a[*].b': list('decimal') });
    expect(first.best(['a', 0, 'b'])).toMatchObject({ list: list('integer'), direct: true });
    expect(second.best(['a', 3, 'b'])).toMatchObject({ list: list('decimal'), direct: true });
    expect(second.best(['a', 3, 'c'])).toMatchObject({ list: list('regex'), direct: false });
    expect(first.best(['a', 1, 'c'])).toMatchObject({ list: list('type'), direct: false });
    expect(first.best(['a', 1])).toMatchObject({ list: list('type'), direct: true });
  });

  it('keeps paths in order when sets share a prefix of paths', () => {
    const short = new RuleIndex({ '$.a': list('type') });
    const long = new RuleIndex({ '$.a': list('type'), '$.a.b': list('integer') });
    expect(short.best(['a', 'b'])).toMatchObject({ list: list('type'), direct: false });
    expect(long.best(['a', 'b'])).toMatchObject({ list: list('integer'), direct: true });
    expect(short.best(['a', 'b'])).toMatchObject({ list: list('type'), direct: false });
  });
});
