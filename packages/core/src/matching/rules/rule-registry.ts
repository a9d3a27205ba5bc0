import type { MatchingRule, RuleList } from '../../model';
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
  min: 'type',
  max: 'type',
  mintype: 'type',
  maxtype: 'type',
  minmaxtype: 'type',
  eachlike: 'type',
  real: 'decimal',
  timestamp: 'datetime',
  'date-time': 'datetime',
  'content-type': 'contentType',
  contenttype: 'contentType',
  'each-key': 'eachKey',
  eachkey: 'eachKey',
  'each-value': 'eachValue',
  eachvalue: 'eachValue',
  'array-contains': 'arrayContains',
  arraycontains: 'arrayContains',
  'status-code': 'statusCode',
  statuscode: 'statusCode',
  'not-empty': 'notEmpty',
  notempty: 'notEmpty',
};

const CHECKS: Record<string, RuleCheck> = {
  equality: checkEquality,
  regex: checkRegex,
  type: checkType,
  include: checkInclude,
  integer: checkInteger,
  decimal: checkDecimal,
  number: checkNumber,
  boolean: checkBoolean,
  null: checkNull,
  date: checkDate,
  time: checkTime,
  datetime: checkDateTime,
  contentType: checkContentType,
  semver: checkSemver,
  statusCode: checkStatusCode,
  notEmpty: checkNotEmpty,
  // Wrapped so that the import cycle with container-rules resolves at call time.
  values: (input) => checkValuesShape(input),
  eachValue: (input) => checkValuesShape(input),
  eachKey: (input) => checkEachKey(input),
  arrayContains: (input) => checkArrayContainsShape(input),
};

// Rules that look at a container itself; the others only make sense for scalars.
const CONTAINER_RULES = new Set([
  'equality',
  'type',
  'notEmpty',
  'values',
  'eachValue',
  'eachKey',
  'arrayContains',
  'contentType',
]);
// Rules about a container's keys or items: they do not cascade to the items themselves.
const ONLY_WHERE_NAMED = new Set(['values', 'eachValue', 'eachKey', 'arrayContains']);

/** The canonical name of a rule (`timestamp` → `datetime`, `min` → `type`, ...); the rule's own name when unknown. */
export function ruleName(rule: MatchingRule): string {
  const raw = typeof rule.match === 'string' ? rule.match : inferName(rule);
  return CHECKS[raw] ? raw : (ALIASES[raw.toLowerCase()] ?? ALIASES[raw] ?? raw);
}

function inferName(rule: MatchingRule): string {
  if ('regex' in rule) return 'regex';
  if ('min' in rule || 'max' in rule) return 'type';
  for (const name of ['timestamp', 'date', 'time']) if (name in rule) return name;
  return 'equality';
}

/** True when the rule looks at a container itself (type, length, keys, items); the others are for scalar values. */
export function isContainerRule(rule: MatchingRule): boolean {
  return CONTAINER_RULES.has(ruleName(rule));
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

/** The outcome of applying a rule list: failures, and how many rules applied at all at this location. */
export interface RuleOutcome {
  failures: RuleFailure[];
  applied: number;
}

/**
 * Apply a rule list (AND by default, OR when `combine` says so) to one value.
 * Unknown rules fail with a message rather than throw.
 */
export function applyRuleList(
  list: RuleList,
  expected: unknown,
  actual: unknown,
  options: ApplyOptions,
): RuleFailure[] {
  return applyRules(list, expected, actual, options).failures;
}

/** A rule with its canonical name and check resolved once. */
export interface CompiledRule {
  rule: MatchingRule;
  name: string;
  check: RuleCheck | undefined;
  onContainers: boolean;
  onlyWhereNamed: boolean;
}

/** Resolve the names and checks of a rule list (rule indexes do it once per list). */
export function compileRules(list: RuleList): CompiledRule[] {
  return list.matchers.map((rule) => {
    const name = ruleName(rule);
    return {
      rule,
      name,
      check: CHECKS[name],
      onContainers: CONTAINER_RULES.has(name),
      onlyWhereNamed: ONLY_WHERE_NAMED.has(name),
    };
  });
}

function skipped(entry: CompiledRule, container: boolean, direct: boolean, reachItems: boolean): boolean {
  if (entry.check === undefined) return false;
  if (entry.onlyWhereNamed && !direct) return true;
  return container && !entry.onContainers && (!direct || reachItems);
}

const NONE: readonly RuleFailure[] = Object.freeze([]);

/**
 * Like {@link applyRuleList}, also saying how many rules applied (cascaded container rules and scalar rules on
 * containers do not).
 */
export function applyRules(list: RuleList, expected: unknown, actual: unknown, options: ApplyOptions): RuleOutcome {
  const failures = applyCompiled(
    compileRules(list),
    list.combine,
    expected,
    actual,
    options.direct,
    options.fromText,
    options.scalarRulesReachItems === true,
  );
  return { failures, applied: lastApplied };
}

/** How many rules the last {@link applyCompiled} call applied (a side channel: this runs once per body node). */
export let lastApplied = 0;

/** The allocation-light core of {@link applyRules} for tree walks: failures (a shared empty array when none). */
export function applyCompiled(
  compiled: CompiledRule[],
  combine: RuleList['combine'],
  expected: unknown,
  actual: unknown,
  direct: boolean,
  fromText: boolean,
  reachItems: boolean,
): RuleFailure[] {
  let failures = NONE as RuleFailure[];
  let passed = 0;
  let applied = 0;
  const container = typeof actual === 'object' && actual !== null;
  for (const entry of compiled) {
    if (skipped(entry, container, direct, reachItems)) continue;
    applied++;
    const message =
      entry.check === undefined
        ? `Unknown matching rule '${entry.name}' (supported: ${Object.keys(CHECKS).join(', ')})`
        : runCheck(entry.check, entry.rule, expected, actual, direct, fromText);
    if (message === undefined) passed++;
    else (failures === NONE ? (failures = []) : failures).push({ rule: entry.name, message });
  }
  lastApplied = applied;
  return combine === 'OR' && (passed > 0 || applied === 0) ? (NONE as RuleFailure[]) : failures;
}

// Check inputs are reused, one per nesting level (a check may apply rules to keys or items), as this runs once per body
// node; a check reads its input during the call only.
const inputs: RuleInput[] = [];
let nesting = 0;

function runCheck(
  check: RuleCheck,
  rule: MatchingRule,
  expected: unknown,
  actual: unknown,
  direct: boolean,
  fromText: boolean,
): string | undefined {
  const input = (inputs[nesting] ??= { rule, expected, actual, direct, fromText });
  input.rule = rule;
  input.expected = expected;
  input.actual = actual;
  input.direct = direct;
  input.fromText = fromText;
  nesting++;
  try {
    return check(input);
  } finally {
    nesting--;
    // Not keeping the values alive until the next check.
    input.expected = undefined;
    input.actual = undefined;
  }
}
