import type { Generators, MatchingRules } from '@treaty/core';
import type { ExtractedTemplate } from './extract-template';
import { extractTemplate } from './extract-template';

/** Matching rules and generators gathered while a request, response or message is being built. */
export interface RulesDraft {
  matchingRules: MatchingRules;
  generators: Generators;
}

/**
 * An empty {@link RulesDraft}.
 * @example const draft = emptyRulesDraft();
 */
export function emptyRulesDraft(): RulesDraft {
  return { matchingRules: {}, generators: {} };
}

/**
 * Extract a template into the draft under `category`: body paths keep their JSON paths; a keyed
 * category (header, query, metadata, path, status) files the template's root rules under `key`.
 * @example addTemplate(draft, 'header', 'X-Id', uuid()) // returns the example value
 */
export function addTemplate(draft: RulesDraft, category: string, key: string | undefined, template: unknown): unknown {
  const extracted = extractTemplate(template);
  mergeExtracted(draft, category, key, extracted);
  return extracted.example;
}

function mergeExtracted(
  draft: RulesDraft,
  category: string,
  key: string | undefined,
  extracted: ExtractedTemplate,
): void {
  for (const [path, list] of Object.entries(extracted.rules)) {
    const at = key === undefined ? path : key;
    const target = (draft.matchingRules[category] ??= {});
    const existing = target[at];
    target[at] = existing ? { ...existing, matchers: [...existing.matchers, ...list.matchers] } : list;
  }
  for (const [path, generator] of Object.entries(extracted.generators)) {
    (draft.generators[category] ??= {})[key === undefined ? path : key] = generator;
  }
}

/**
 * The draft's rules and generators as optional model fields (absent when empty).
 * @example Object.assign(request, finishRules(draft))
 */
export function finishRules(draft: RulesDraft): { matchingRules?: MatchingRules; generators?: Generators } {
  const out: { matchingRules?: MatchingRules; generators?: Generators } = {};
  if (Object.keys(draft.matchingRules).length) out.matchingRules = draft.matchingRules;
  if (Object.keys(draft.generators).length) out.generators = draft.generators;
  return out;
}
