import { appendJsonPath, type Generator, type RuleList } from '@treaty/core';
import type { Matcher } from '../matchers/matcher-types';
import { isMatcher } from '../matchers/reify';
import { generatorFromMatcher, ruleFromMatcher } from './rule-from-matcher';

/** A template split into its example value, its matching rules and its generators (keyed by JSON path). */
export interface ExtractedTemplate {
  example: unknown;
  rules: Record<string, RuleList>;
  generators: Record<string, Generator>;
}

/**
 * Split a body template holding matchers into example, rules and generators, with paths rooted at `root`.
 * @example extractTemplate({ id: integer(1) }).rules // { '$.id': { matchers: [{ match: 'integer' }] } }
 */
export function extractTemplate(template: unknown, root = '$'): ExtractedTemplate {
  const out: ExtractedTemplate = { example: undefined, rules: {}, generators: {} };
  out.example = walk(template, root, out);
  return out;
}

function walk(node: unknown, path: string, out: ExtractedTemplate): unknown {
  if (isMatcher(node)) return walkMatcher(node, path, out);
  if (Array.isArray(node)) return node.map((item, i) => walk(item, appendJsonPath(path, i), out));
  if (typeof node === 'object' && node !== null && !Buffer.isBuffer(node)) {
    const example: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (value !== undefined) example[key] = walk(value, appendJsonPath(path, key), out);
    }
    return example;
  }
  return node;
}

function addRule(out: ExtractedTemplate, path: string, rule: RuleList['matchers'][number]): void {
  const list = (out.rules[path] ??= { matchers: [] });
  if (!list.matchers.some((m) => JSON.stringify(m) === JSON.stringify(rule))) list.matchers.push(rule);
}

function walkMatcher(matcher: Matcher<unknown>, path: string, out: ExtractedTemplate): unknown {
  const type = matcher['pact:matcher:type'];
  const generator = generatorFromMatcher(matcher);
  if (generator) out.generators[path] = generator;
  if (type === 'arrayContains') return walkArrayContains(matcher, path, out);
  addRule(out, path, ruleFromMatcher(matcher));
  const value = matcher.value;
  const isArrayLike = type === 'type' && Array.isArray(value) && ('min' in matcher || 'max' in matcher);
  if (isArrayLike) return walkEachItem(value as unknown[], path, out);
  if (type === 'eachKey' || type === 'eachValue' || type === 'values') return walkEachValue(value, path, out);
  return walk(value, path, out);
}

// Items of an `eachLike` array share one template: its rules go under `[*]`.
function walkEachItem(items: unknown[], path: string, out: ExtractedTemplate): unknown[] {
  return items.map((item) => walk(item, appendJsonPath(path, { kind: 'starIndex' }), out));
}

function walkEachValue(value: unknown, path: string, out: ExtractedTemplate): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const example: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>))
    example[key] = walk(item, `${path}.*`, out);
  return example;
}

function walkArrayContains(matcher: Matcher<unknown>, path: string, out: ExtractedTemplate): unknown[] {
  const variants = (matcher as unknown as { variants: unknown[] }).variants;
  const extracted = variants.map((variant) => extractTemplate(variant));
  const rule = {
    match: 'arrayContains',
    variants: extracted.map((v, index) =>
      Object.keys(v.generators).length
        ? { index, rules: v.rules, generators: v.generators }
        : { index, rules: v.rules },
    ),
  };
  addRule(out, path, rule);
  return extracted.map((v) => v.example);
}
