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

/** One key of an object that fails the nested rules of an `eachKey` rule. */
export interface KeyFailure {
  key: string;
  message: string;
}

/**
 * The keys of `actual` that fail the nested rules of an `eachKey` rule, each with why.
 * @example eachKeyFailures({ match: 'eachKey', rules: [{ match: 'regex', regex: '[a-z]+' }] }, { a: 1, '1': 2 })
 *   // [{ key: '1', message: "Expected '1' to match '[a-z]+'" }]
 */
export function eachKeyFailures(rule: MatchingRule, actual: Record<string, unknown>): KeyFailure[] {
  const rules = subRules(rule);
  const out: KeyFailure[] = [];
  for (const key of Object.keys(actual)) {
    const failures = applyRuleList({ matchers: rules }, key, key, { direct: true, fromText: true });
    if (failures.length > 0) out.push({ key, message: failures.map((f) => f.message).join('; ') });
  }
  return out;
}

/** `eachKey`: every key of the object satisfies the rule's `rules` (the first failing key is named). */
export const checkEachKey: RuleCheck = ({ actual, rule }) => {
  if (!isObject(actual)) return `Expected ${showTyped(actual)} to be an object`;
  const first = eachKeyFailures(rule, actual)[0];
  return first === undefined ? undefined : `Key '${first.key}': ${first.message}`;
};

/** The nested rules of an `eachKey`/`eachValue` rule. */
export function subRules(rule: MatchingRule): MatchingRule[] {
  const rules = rule.rules;
  if (!Array.isArray(rules)) return [];
  return rules.filter((r): r is MatchingRule => typeof r === 'object' && r !== null);
}
