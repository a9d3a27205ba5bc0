import type { PathSegment } from '../json-path/json-path';
import type { RuleHit } from './rule-index';
import { compareArrayContains } from './array-contains';
import { applyCompiled, compileRules, findRule, hasRule, lastApplied, ruleName } from './rules/rule-registry';
import type { RuleFailure } from './rules/rule-registry';
import type { RuleList } from '../model';
import { eachKeyFailures, subRules } from './rules/container-rules';
import { report, type TreeContext } from './tree-context';
import { deepEqual, isObject, kindOf, show, showTyped } from './values';

// `segments` is one mutable stack per comparison (children push and pop): large bodies have
// many nodes, and mismatch paths are formatted when reported.

/**
 * Compare an expected JSON value with an actual one at `segments`, applying the most specific
 * rules, recursing into arrays and objects, and recording mismatches in the context.
 */
export function compareTree(
  ctx: TreeContext,
  segments: PathSegment[],
  expected: unknown,
  actual: unknown,
  forced?: RuleHit,
): void {
  let hit = forced ?? (ctx.rules.isEmpty ? undefined : ctx.rules.best(segments));
  let failedHere = false;
  if (hit !== undefined) {
    const failures = applyCompiled(
      hit.compiled ?? compileRules(hit.list),
      hit.list.combine,
      expected,
      actual,
      hit.direct,
      ctx.fromText,
      ctx.scalarRulesReachItems,
    );
    const list = hit.list;
    // Where no rule applies (say an `eachKey` named on the parent), plain equality decides.
    if (lastApplied === 0 && (typeof actual !== 'object' || actual === null)) hit = undefined;
    if (failures.length > 0) {
      reportFailures(ctx, segments, list, expected, actual, failures);
      failedHere = true;
      if (failures.some((f) => f.rule === 'equality') || kindOf(expected) !== kindOf(actual)) return;
    }
  }
  if (Array.isArray(expected) && Array.isArray(actual)) return compareArrays(ctx, segments, expected, actual, hit);
  if (isObject(expected) && isObject(actual)) return compareObjects(ctx, segments, expected, actual, hit);
  if (hit !== undefined) {
    if (!failedHere && isContainer(expected) !== isContainer(actual) && kindOf(expected) !== kindOf(actual)) {
      report(
        ctx,
        segments,
        expected,
        actual,
        `Expected ${showTyped(actual)} to be the same type as ${showTyped(expected)}`,
        'type',
      );
    }
    return;
  }
  if (!deepEqual(expected, actual)) report(ctx, segments, expected, actual, valueMessage(expected, actual));
}

function reportFailures(
  ctx: TreeContext,
  segments: PathSegment[],
  list: RuleList,
  expected: unknown,
  actual: unknown,
  failures: RuleFailure[],
): void {
  let keysReported = false;
  for (const failure of failures) {
    if (failure.rule !== 'eachKey' || !isObject(actual)) {
      report(ctx, segments, expected, actual, failure.message, failure.rule);
    } else if (!keysReported) {
      reportFailingKeys(ctx, segments, list, actual);
      keysReported = true;
    }
  }
}

// pact-reference reports each key that fails an `eachKey` rule at the key's own path, so that each is located.
function reportFailingKeys(
  ctx: TreeContext,
  segments: PathSegment[],
  list: RuleList,
  actual: Record<string, unknown>,
): void {
  for (const rule of list.matchers) {
    if (ruleName(rule) !== 'eachKey') continue;
    for (const { key, message } of eachKeyFailures(rule, actual)) {
      segments.push(key);
      report(ctx, segments, undefined, key, message, 'eachKey');
      segments.pop();
    }
  }
}

// Rule names resolved once by the index: this runs for every container of large bodies.
function hitHas(hit: RuleHit, name: string): boolean {
  const compiled = hit.compiled;
  if (compiled === undefined) return hasRule(hit.list, name);
  for (const entry of compiled) if (entry.name === name) return true;
  return false;
}

function isContainer(value: unknown): boolean {
  return Array.isArray(value) || isObject(value);
}

function valueMessage(expected: unknown, actual: unknown): string {
  if (kindOf(expected) !== kindOf(actual)) return `Expected ${showTyped(expected)} but received ${showTyped(actual)}`;
  return `Expected ${show(expected)} but received ${show(actual)}`;
}

function childHit(
  ctx: TreeContext,
  segments: PathSegment[],
  parent: RuleHit | undefined,
  each: RuleHit | undefined,
): RuleHit | undefined {
  if (each === undefined) return undefined;
  const own = ctx.rules.best(segments);
  return own === undefined || own.list === parent?.list ? each : undefined;
}

// `eachValue` named on a container: its nested rules apply to every item.
function eachValueHit(hit: RuleHit | undefined): RuleHit | undefined {
  if (hit === undefined || !hit.direct || !hitHas(hit, 'eachValue')) return undefined;
  const rule = findRule(hit.list, 'eachValue')!;
  const list: RuleList = { matchers: subRules(rule) };
  return { list, direct: true, compiled: compileRules(list) };
}

function compareChild(
  ctx: TreeContext,
  segments: PathSegment[],
  key: PathSegment,
  expected: unknown,
  actual: unknown,
  parent?: RuleHit,
  each?: RuleHit,
): void {
  segments.push(key);
  compareTree(ctx, segments, expected, actual, childHit(ctx, segments, parent, each));
  segments.pop();
}

function compareArrays(
  ctx: TreeContext,
  segments: PathSegment[],
  expected: unknown[],
  actual: unknown[],
  hit: RuleHit | undefined,
): void {
  if (hit !== undefined && hit.direct && hitHas(hit, 'arrayContains')) {
    return compareArrayContains(ctx, segments, expected, actual, findRule(hit.list, 'arrayContains')!);
  }
  if (hit !== undefined) {
    const each = eachValueHit(hit);
    for (let i = 0; i < actual.length; i++) {
      const template = i < expected.length ? expected[i] : expected[0];
      if (template === undefined && each === undefined) continue;
      compareChild(ctx, segments, i, template, actual[i], hit, each);
    }
    return;
  }
  const common = Math.min(expected.length, actual.length);
  for (let i = 0; i < common; i++) compareChild(ctx, segments, i, expected[i], actual[i]);
  if (expected.length !== actual.length) {
    const noun = expected.length === 1 ? 'item' : 'items';
    report(ctx, segments, expected, actual, `Expected ${expected.length} ${noun} but received ${actual.length}`);
  }
}

function has(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function compareObjects(
  ctx: TreeContext,
  segments: PathSegment[],
  expected: Record<string, unknown>,
  actual: Record<string, unknown>,
  hit: RuleHit | undefined,
): void {
  // A wildcard rule (`$.a.*`) does not make keys free: unlisted keys stay unchecked, as in pact-reference.
  const valuesRule = hit !== undefined && hit.direct && (hitHas(hit, 'values') || hitHas(hit, 'eachValue'));
  if (valuesRule) return compareValuesOf(ctx, segments, expected, actual, hit);
  const eachKey = hit !== undefined && hit.direct && hitHas(hit, 'eachKey');
  // for-in (own keys only) rather than Object.keys: no array per object of large bodies.
  for (const key in expected) {
    if (!has(expected, key)) continue;
    // Under `eachKey` the values are examples: only a rule naming one makes it checked (pact-reference).
    if (has(actual, key)) {
      if (!eachKey || namedRule(ctx, segments, key)) compareChild(ctx, segments, key, expected[key], actual[key]);
    } else if (!eachKey) missing(ctx, segments, key, expected[key]);
  }
  if (ctx.allowUnexpectedKeys || eachKey) return;
  for (const key in actual) {
    if (!has(actual, key) || has(expected, key)) continue;
    segments.push(key);
    report(ctx, segments, undefined, actual[key], `Unexpected ${ctx.noun} '${key}'`);
    segments.pop();
  }
}

function namedRule(ctx: TreeContext, segments: PathSegment[], key: string): boolean {
  segments.push(key);
  const hit = ctx.rules.isEmpty ? undefined : ctx.rules.best(segments);
  segments.pop();
  return hit !== undefined && hit.direct;
}

// Keys do not matter: every actual value is compared with the example under its key, or the first example.
function compareValuesOf(
  ctx: TreeContext,
  segments: PathSegment[],
  expected: Record<string, unknown>,
  actual: Record<string, unknown>,
  hit: RuleHit | undefined,
): void {
  const keys = Object.keys(expected);
  const template = keys.length > 0 ? expected[keys[0]] : undefined;
  const each = eachValueHit(hit);
  for (const key of Object.keys(actual)) {
    const example = has(expected, key) ? expected[key] : template;
    if (example === undefined && each === undefined) continue;
    compareChild(ctx, segments, key, example, actual[key], hit, each);
  }
}

function missing(ctx: TreeContext, segments: PathSegment[], key: string, expected: unknown): void {
  segments.push(key);
  report(ctx, segments, expected, undefined, `Expected ${ctx.noun} '${key}' but it was missing`);
  segments.pop();
}
