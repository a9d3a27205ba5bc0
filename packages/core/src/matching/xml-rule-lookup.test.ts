import { RuleIndex } from './rule-index';
import { xmlRules } from './xml-rule-lookup';

const list = (match: string) => ({ matchers: [{ match }] });

describe('xmlRules', () => {
  const rules = new RuleIndex({
    '$.a': list('type'),
    "$.a[*].b['#text']": list('regex'),
    "$.a.*['@id']": list('integer'),
    '$.a.c.#text': list('include'),
  });

  it('lets index steps in rule paths match nothing', () => {
    expect(xmlRules(rules, ['a', 'b', '#text'])).toMatchObject({ list: list('regex'), direct: true });
  });

  it('matches star steps and dotted #text', () => {
    expect(xmlRules(rules, ['a', 'x', '@id'])).toMatchObject({ list: list('integer'), direct: true });
    expect(xmlRules(rules, ['a', 'c', '#text'])).toMatchObject({ list: list('include'), direct: true });
  });

  it('cascades from parents', () => {
    expect(xmlRules(rules, ['a', 'd'])).toMatchObject({ list: list('type'), direct: false });
    expect(xmlRules(rules, ['z'])).toBeUndefined();
  });
});
