import type { MatchingRule } from '../../model';

/**
 * What a rule check sees: the rule, the expected example and the actual value at one location. The matcher reuses the
 * object for the next check, so a check reads it during its call only.
 */
export interface RuleInput {
  rule: MatchingRule;
  expected: unknown;
  actual: unknown;
  /** The rule's path names this location exactly (min/max apply only then). */
  direct: boolean;
  /** Values come from a query, header or form, where numbers and booleans arrive as strings. */
  fromText: boolean;
}

/** A rule check: undefined when the value satisfies the rule, else one sentence saying why not. */
export type RuleCheck = (input: RuleInput) => string | undefined;

/** Read a string option of a rule, trying several keys (pact files of different versions name them differently). */
export function stringOption(rule: MatchingRule, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = rule[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** Read a non-negative integer option of a rule. */
export function numberOption(rule: MatchingRule, key: string): number | undefined {
  const value = rule[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}
