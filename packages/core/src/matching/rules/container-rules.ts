import type { MatchingRule } from '../../model';
import { isObject, showTyped } from '../values';
import type { RuleCheck } from './rule-types';
import { applyRuleList } from './rule-registry';

/** `values`/`eachValue` on the container itself: it must be an object or array (items are checked one by one). */
export const checkValuesShape: RuleCheck = ({ actual, rule }) =>
  Array.isArray(actual) || isObject(actual)
    ? undefined
    : `Expected ${showTyped(actual)} to be an object or array for the ${String(rule.match)} rule`;

/** `arrayContains` on the container itself: it must be an array (variants are searched for item by item). */
export const checkArrayContainsShape: RuleCheck = ({ actual }) =>
  Array.isArray(actual) ? undefined : `Expected ${showTyped(actual)} to be an array`;

/** `eachKey`: every key of the object satisfies the rule's `rules`. */
export const checkEachKey: RuleCheck = ({ actual, rule }) => {
  if (!isObject(actual)) return `Expected ${showTyped(actual)} to be an object`;
  const rules = subRules(rule);
  for (const key of Object.keys(actual)) {
    const failures = applyRuleList({ matchers: rules }, key, key, { direct: true, fromText: true });
    if (failures.length > 0) return `Key '${key}': ${failures.map((f) => f.message).join('; ')}`;
  }
  return undefined;
};

/** The nested rules of an `eachKey`/`eachValue` rule. */
export function subRules(rule: MatchingRule): MatchingRule[] {
  const rules = rule.rules;
  if (!Array.isArray(rules)) return [];
  return rules.filter((r): r is MatchingRule => typeof r === 'object' && r !== null);
}
