import type { MatchingRule, RuleList } from '../model';
import type { PathSegment } from '../json-path/json-path';
import { compareTree } from './compare-tree';
import { RuleIndex } from './rule-index';
import { report, type TreeContext } from './tree-context';
import { show } from './values';

interface Variant {
  index: number;
  rules: Record<string, RuleList> | undefined;
}

const indexes = new WeakMap<object, RuleIndex>();

function variantsOf(rule: MatchingRule, expected: unknown[]): Variant[] {
  const raw = Array.isArray(rule.variants) ? rule.variants : [];
  if (raw.length === 0) return expected.map((_, index) => ({ index, rules: undefined }));
  return raw.map((v: unknown, i) => {
    const obj = (typeof v === 'object' && v !== null ? v : {}) as { index?: unknown; rules?: unknown };
    const rules =
      typeof obj.rules === 'object' && obj.rules !== null ? (obj.rules as Record<string, RuleList>) : undefined;
    return { index: typeof obj.index === 'number' ? obj.index : i, rules };
  });
}

function indexFor(rules: Record<string, RuleList> | undefined): RuleIndex {
  if (rules === undefined) return new RuleIndex(undefined);
  let index = indexes.get(rules);
  if (index === undefined) {
    index = new RuleIndex(rules);
    indexes.set(rules, index);
  }
  return index;
}

/**
 * `arrayContains`: every variant (an expected item with its own rules, rooted at the item)
 * must match at least one actual item, in any order; other actual items are allowed.
 */
export function compareArrayContains(
  ctx: TreeContext,
  segments: PathSegment[],
  expected: unknown[],
  actual: unknown[],
  rule: MatchingRule,
): void {
  for (const variant of variantsOf(rule, expected)) {
    const example = expected[variant.index];
    if (example === undefined) {
      report(
        ctx,
        segments,
        expected,
        actual,
        `The arrayContains variant ${variant.index} has no example in the expected array`,
        'arrayContains',
      );
      continue;
    }
    const rules = indexFor(variant.rules);
    const found = actual.some((item) => {
      const sub: TreeContext = { ...ctx, rules, mismatches: [] };
      compareTree(sub, [], example, item);
      return sub.mismatches.length === 0;
    });
    if (!found) {
      report(
        ctx,
        segments,
        example,
        actual,
        `Expected an item matching ${show(example)} (variant ${variant.index}) but none of ` +
          `the ${actual.length} items did`,
        'arrayContains',
      );
    }
  }
}
