import type { Mismatch, MismatchType, RuleList } from '../model';
import type { PathSegment } from '../json-path/json-path';
import { compareTree } from './compare-tree';
import { RuleIndex, asRuleList } from './rule-index';
import { applyRuleList } from './rules/rule-registry';
import { show } from './values';

function plainRules(rules: Record<string, RuleList> | undefined): RuleList | undefined {
  if (rules === undefined) return undefined;
  const lists = Object.values(rules).map(asRuleList);
  if (lists.length === 0) return undefined;
  return { matchers: lists.flatMap((l) => l.matchers), combine: lists[0].combine };
}

function matchPlain(
  type: MismatchType,
  expected: unknown,
  actual: unknown,
  rules: Record<string, RuleList> | undefined,
  equal: boolean,
  what: string,
): Mismatch[] {
  const list = plainRules(rules);
  if (list !== undefined) {
    return applyRuleList(list, expected, actual, { direct: true, fromText: true }).map((f) => ({
      type,
      path: '',
      expected,
      actual,
      message: f.message,
      rule: f.rule,
    }));
  }
  return equal
    ? []
    : [
        {
          type,
          path: '',
          expected,
          actual,
          message: `Expected ${what} ${show(expected)} but received ${show(actual)}`,
        },
      ];
}

/** Match HTTP methods, case-insensitively. */
export function matchMethod(expected: string, actual: string, rules?: Record<string, RuleList>): Mismatch[] {
  return matchPlain('method', expected, actual, rules, expected.toUpperCase() === actual.toUpperCase(), 'method');
}

/** Match request paths: equality, or the `path` rules. */
export function matchPath(expected: string, actual: string, rules?: Record<string, RuleList>): Mismatch[] {
  return matchPlain('path', expected, actual, rules, expected === actual, 'path');
}

/** Match response statuses: equality, or the `status` rules (`statusCode`). */
export function matchStatus(expected: number, actual: number, rules?: Record<string, RuleList>): Mismatch[] {
  return matchPlain('status', expected, actual, rules, expected === actual, 'status');
}

function queryPath(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return '';
  return segments.length > 1 ? `${String(segments[0])}[${String(segments[1])}]` : String(segments[0]);
}

/**
 * Match query parameters strictly: missing and unexpected parameters are mismatches, values in order,
 * rules by parameter name applying to each value.
 */
export function matchQuery(
  expected: Record<string, string[]> | undefined,
  actual: Record<string, string[]> | undefined,
  rules?: Record<string, RuleList>,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  compareTree(
    {
      rules: new RuleIndex(rules, { plainNames: true }),
      allowUnexpectedKeys: false,
      fromText: true,
      scalarRulesReachItems: true,
      type: 'query',
      noun: 'query parameter',
      formatPath: queryPath,
      mismatches,
    },
    [],
    expected ?? {},
    actual ?? {},
  );
  return mismatches;
}
