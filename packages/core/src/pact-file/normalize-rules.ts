import type { Generator, Generators, MatchingRule, MatchingRules, RuleList } from '../model';
import {
  below,
  expectObject,
  invalid,
  isObject,
  type InputPath,
  type JsonObject,
  type ReadContext,
} from './read-context';
import { splitV2RuleKey } from './v2-rule-keys';

/** Categories with no sub-paths: their rules (or generator) sit directly under the category. */
export const PLAIN_CATEGORIES = ['path', 'method', 'status'];

/**
 * Read matching rules in any form into the V3 category form: V2's flat `$.body.x` / `$.headers.X` keys,
 * V3/V4 categories of `{ matchers, combine }` lists, and bare rule objects.
 * @throws TreatyError TREATY_CORE_INVALID_PACT for anything that is not a rule.
 */
export function normalizeMatchingRules(ctx: ReadContext, path: InputPath, json: unknown): MatchingRules {
  const rules = expectObject(ctx, path, json, 'an object of matching rules');
  const out: MatchingRules = {};
  const keys = Object.keys(rules);
  // V2 keys add to categories: those are built anew, so that the caller's JSON is never changed.
  const mayKeep = !keys.some((key) => key.startsWith('$'));
  for (const key of keys) {
    const value = rules[key];
    const keyPath = below(path, key);
    if (key.startsWith('$')) {
      const [category, sub] = splitV2RuleKey(ctx, keyPath, key);
      addRules(out, category, sub, readRuleList(ctx, keyPath, undefined, value));
    } else {
      readCategory(ctx, keyPath, key, value, out, mayKeep);
    }
  }
  return out;
}

function readCategory(
  ctx: ReadContext,
  path: InputPath,
  category: string,
  value: unknown,
  out: MatchingRules,
  mayKeep: boolean,
): void {
  const obj = expectObject(ctx, path, value, `an object of "${category}" matching rules`);
  if (mayKeep && out[category] === undefined && !PLAIN_CATEGORIES.includes(category) && isNormalCategory(obj)) {
    out[category] = obj as unknown as Record<string, RuleList>;
    return;
  }
  out[category] ??= {};
  if (Array.isArray(obj.matchers) || (PLAIN_CATEGORIES.includes(category) && !hasOnlyObjectValues(obj))) {
    addRules(out, category, '', readRuleList(ctx, path, undefined, obj));
    return;
  }
  // pact-reference writes status rules under the root path (`"status": { "$": {...} }`): the model keeps them under ''.
  const plain = PLAIN_CATEGORIES.includes(category);
  for (const sub in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, sub)) continue;
    addRules(out, category, plain && sub === '$' ? '' : sub, readRuleList(ctx, path, sub, obj[sub]));
  }
}

function hasOnlyObjectValues(obj: JsonObject): boolean {
  return Object.values(obj).every(isObject);
}

function addRules(out: MatchingRules, category: string, sub: string, list: RuleList): void {
  const byPath = (out[category] ??= {});
  const existing = byPath[sub];
  byPath[sub] = existing ? { ...existing, matchers: [...existing.matchers, ...list.matchers] } : list;
}

// The list at `path` or, given a `key`, at that key below `path` (the path is only written for an error).
function readRuleList(ctx: ReadContext, parent: InputPath, key: string | undefined, value: unknown): RuleList {
  const path = () => (key === undefined ? parent : below(parent, key));
  if (!isObject(value))
    invalid(ctx, path(), 'a rule list { "matchers": [...], "combine": "AND" } or a rule object', value);
  if (!Array.isArray(value.matchers)) return { matchers: [normalizeRule(ctx, path(), value)] };
  if (isNormalList(value)) return value as unknown as RuleList;
  const list: RuleList = { matchers: value.matchers.map((rule, i) => readListedRule(ctx, path, i, rule)) };
  if (value.combine !== undefined) {
    if (value.combine !== 'AND' && value.combine !== 'OR')
      invalid(ctx, below(path(), 'combine'), '"AND" or "OR"', value.combine);
    list.combine = value.combine;
  }
  return list;
}

// A list already in model form (the common case of V3/V4 files) is kept rather than copied: a large pact has tens
// of thousands of these, and copies of a freshly parsed tree cost the collector more than the parse itself.
function isNormalList(value: JsonObject): boolean {
  for (const key in value) if (key !== 'matchers' && key !== 'combine') return false;
  if (value.combine !== undefined && value.combine !== 'AND' && value.combine !== 'OR') return false;
  for (const rule of value.matchers as unknown[]) if (!isObject(rule) || typeof rule.match !== 'string') return false;
  return true;
}

// A category of lists by path that are all in model form (see isNormalList).
function isNormalCategory(obj: JsonObject): boolean {
  if (Array.isArray(obj.matchers)) return false;
  for (const sub in obj) {
    const list = obj[sub];
    if (sub === '__proto__' || !isObject(list) || !Array.isArray(list.matchers) || !isNormalList(list)) return false;
  }
  return true;
}

// A rule of a list's `matchers`: the common shape is read without writing its path.
function readListedRule(ctx: ReadContext, list: () => InputPath, index: number, value: unknown): MatchingRule {
  if (isObject(value) && typeof value.match === 'string') return { ...value, match: value.match };
  return normalizeRule(ctx, below(below(list(), 'matchers'), index), value);
}

/**
 * Read one rule, giving V2-style rules without `match` their name: `{ regex }` is regex,
 * `{ min }`/`{ max }` are type with bounds, `{ timestamp }`/`{ date }`/`{ time }` are those matchers.
 * @throws TreatyError TREATY_CORE_INVALID_PACT when no rule can be recognised.
 */
export function normalizeRule(ctx: ReadContext, path: InputPath, value: unknown): MatchingRule {
  const obj = expectObject(ctx, path, value, 'a matching rule object such as { "match": "type" }');
  if (typeof obj.match === 'string') return { ...obj, match: obj.match };
  if (obj.match !== undefined) invalid(ctx, below(path, 'match'), 'the name of a matching rule', obj.match);
  const inferred = inferRuleName(obj);
  if (inferred === undefined) invalid(ctx, path, 'a matching rule with "match" (or V2 "regex", "min" or "max")', value);
  return { match: inferred, ...obj };
}

function inferRuleName(obj: JsonObject): string | undefined {
  if ('regex' in obj) return 'regex';
  if ('min' in obj || 'max' in obj) return 'type';
  for (const name of ['timestamp', 'date', 'time']) if (name in obj) return name;
  return undefined;
}

/**
 * Read generators `{ body: { "$.id": { type } }, path: { type }, ... }` into the category form
 * (`path`, `method` and `status` generators under the key `''`).
 * @throws TreatyError TREATY_CORE_INVALID_PACT when a generator has no `type`.
 */
export function normalizeGenerators(ctx: ReadContext, path: InputPath, json: unknown): Generators {
  const categories = expectObject(ctx, path, json, 'an object of generators by category');
  const out: Generators = {};
  for (const [category, value] of Object.entries(categories)) {
    const catPath = below(path, category);
    const obj = expectObject(ctx, catPath, value, `an object of "${category}" generators`);
    if (typeof obj.type === 'string') {
      out[category] = { '': readGenerator(ctx, catPath, obj) };
      continue;
    }
    out[category] = {};
    for (const [sub, gen] of Object.entries(obj)) out[category][sub] = readGenerator(ctx, below(catPath, sub), gen);
  }
  return out;
}

function readGenerator(ctx: ReadContext, path: InputPath, value: unknown): Generator {
  const obj = expectObject(ctx, path, value, 'a generator object such as { "type": "RandomInt" }');
  if (typeof obj.type !== 'string')
    invalid(ctx, below(path, 'type'), 'the generator type (RandomInt, Uuid, ...)', obj.type);
  return { ...obj, type: obj.type };
}
