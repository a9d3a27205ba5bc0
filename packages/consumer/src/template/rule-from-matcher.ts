import type { Generator, MatchingRule } from '@treaty/core';
import type { Matcher } from '../matchers/matcher-types';

// Keys of a pact-js matcher object that are not options of the rule written to the pact.
const NOT_RULE_OPTIONS = new Set([
  'pact:matcher:type',
  'pact:generator:type',
  'value',
  'example',
  'expression',
  'rules',
  'variants',
]);

// pact-js's `timestamp` matcher is written as `datetime` by the reference implementation.
const RULE_NAMES: Record<string, string> = { timestamp: 'datetime' };

/**
 * The matching rule a matcher object stands for (options copied, example values left out).
 * @example ruleFromMatcher({ 'pact:matcher:type': 'type', min: 1, value: [] }) // { match: 'type', min: 1 }
 */
export function ruleFromMatcher(matcher: Matcher<unknown>): MatchingRule {
  const type = matcher['pact:matcher:type'];
  const rule: MatchingRule = { match: RULE_NAMES[type] ?? type };
  for (const [key, option] of Object.entries(matcher)) {
    if (!NOT_RULE_OPTIONS.has(key) && option !== undefined) rule[key] = option;
  }
  if (type === 'include' || type === 'contentType') rule.value = matcher.value;
  if (type === 'eachKey' || type === 'eachValue') {
    rule.rules = ((matcher as unknown as { rules: Matcher<unknown>[] }).rules ?? []).map(ruleFromMatcher);
    // pact-js writes the example object as a JSON string beside the rules.
    if (matcher.value !== undefined) rule.value = JSON.stringify(matcher.value);
  }
  return rule;
}

/**
 * The generator a matcher object asks for, or undefined.
 * @example generatorFromMatcher(integer()) // { type: 'RandomInt', min: 0, max: 10 }
 */
export function generatorFromMatcher(matcher: Matcher<unknown>): Generator | undefined {
  const type = matcher['pact:generator:type'];
  const options = matcher as unknown as Record<string, unknown>;
  switch (type) {
    case undefined:
      return undefined;
    case 'RandomInt':
      return { type, min: 0, max: 10 };
    case 'RandomDecimal':
      return { type, digits: 10 };
    case 'ProviderState':
      return { type, expression: options.expression };
    case 'MockServerURL':
      return { type, example: options.example ?? matcher.value, regex: options.regex };
    case 'DateTime':
    case 'Date':
    case 'Time':
      return options.format === undefined ? { type } : { type, format: options.format };
    default:
      return { type };
  }
}
