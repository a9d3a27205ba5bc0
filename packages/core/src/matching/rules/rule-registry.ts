import type { MatchingRule, RuleList } from '../../model';
import { isObject } from '../values';
import { checkDate, checkDateTime, checkTime } from './date-time';
import { checkEquality } from './equality';
import { checkInclude } from './include';
import { checkContentType, checkNotEmpty, checkSemver, checkStatusCode } from './misc-rules';
import { checkBoolean, checkDecimal, checkInteger, checkNull, checkNumber } from './number-rules';
import { checkRegex } from './regex';
import type { RuleCheck, RuleInput } from './rule-types';
import { checkType } from './type';
import { checkArrayContainsShape, checkEachKey, checkValuesShape } from './container-rules';

const ALIASES: Record<string, string> = {
  min: 'type', max: 'type', mintype: 'type', maxtype: 'type', minmaxtype: 'type', eachlike: 'type',
  real: 'decimal', timestamp: 'datetime', 'date-time': 'datetime',
  'content-type': 'contentType', contenttype: 'contentType',
  'each-key': 'eachKey', eachkey: 'eachKey', 'each-value': 'eachValue', eachvalue: 'eachValue',
  'array-contains': 'arrayContains', arraycontains: 'arrayContains',
  'status-code': 'statusCode', statuscode: 'statusCode', 'not-empty': 'notEmpty', notempty: 'notEmpty',
};

const CHECKS: Record<string, RuleCheck> = {
  equality: checkEquality, regex: checkRegex, type: checkType, include: checkInclude,
  integer: checkInteger, decimal: checkDecimal, number: checkNumber, boolean: checkBoolean, null: checkNull,
  date: checkDate, time: checkTime, datetime: checkDateTime, contentType: checkContentType,
  semver: checkSemver, statusCode: checkStatusCode, notEmpty: checkNotEmpty,
  // Wrapped so that the import cycle with container-rules resolves at call time.
  values: (input) => checkValuesShape(input),
  eachValue: (input) => checkValuesShape(input),
  eachKey: (input) => checkEachKey(input),
  arrayContains: (input) => checkArrayContainsShape(input),
};

// Rules that look at a container itself; the others only make sense for scalars.
const CONTAINER_RULES = new Set(['equality', 'type', 'notEmpty', 'values', 'eachValue', 'eachKey', 'arrayContains', 'contentType']);

/** The canonical name of a rule (`timestamp` → `datetime`, `min` → `type`, ...); the rule's own name when unknown. */
export function ruleName(rule: MatchingRule): string {
  const raw = typeof rule.match === 'string' ? rule.match : inferName(rule);
  return CHECKS[raw] ? raw : ALIASES[raw.toLowerCase()] ?? ALIASES[raw] ?? raw;
}

function inferName(rule: MatchingRule): string {
  if ('regex' in rule) return 'regex';
  if ('min' in rule || 'max' in rule) return 'type';
  for (const name of ['timestamp', 'date', 'time']) if (name in rule) return name;
  return 'equality';
}

/** True when the list holds a rule with one of the given canonical names. */
export function hasRule(list: RuleList, ...names: string[]): boolean {
  return list.matchers.some((rule) => names.includes(ruleName(rule)));
}

/** The first rule of the list with the given canonical name. */
export function findRule(list: RuleList, name: string): MatchingRule | undefined {
  return list.matchers.find((rule) => ruleName(rule) === name);
}

/** One failed rule. */
export interface RuleFailure {
  rule: string;
  message: string;
}

/** How a rule list is applied at one location. */
export interface ApplyOptions {
  direct: boolean;
  fromText: boolean;
  /** Scalar rules named on a container apply to its items instead (query/header values, form fields). */
  scalarRulesReachItems?: boolean;
}

/**
 * Apply a rule list (AND by default, OR when `combine` says so) to one value.
 * Unknown rules fail with a message rather than throw.
 */
export function applyRuleList(list: RuleList, expected: unknown, actual: unknown, options: ApplyOptions): RuleFailure[] {
  const failures: RuleFailure[] = [];
  let passed = 0;
  let applied = 0;
  const container = Array.isArray(actual) || isObject(actual);
  for (const rule of list.matchers) {
    const name = ruleName(rule);
    const check = CHECKS[name];
    if (check !== undefined && container && !CONTAINER_RULES.has(name) && (!options.direct || options.scalarRulesReachItems)) continue;
    applied++;
    const message = check === undefined
      ? `Unknown matching rule '${name}' (supported: ${Object.keys(CHECKS).join(', ')})`
      : check({ rule, expected, actual, direct: options.direct, fromText: options.fromText } satisfies RuleInput);
    if (message === undefined) passed++;
    else failures.push({ rule: name, message });
  }
  if (list.combine === 'OR' && (passed > 0 || applied === 0)) return [];
  return failures;
}
