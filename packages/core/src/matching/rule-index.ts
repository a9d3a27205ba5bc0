import type { MatchingRule, RuleList } from '../model';
import { parseJsonPath, pathWeight, type PathSegment, type PathToken } from '../json-path/json-path';
import { compileRules, type CompiledRule } from './rules/rule-registry';

/** The rules chosen for one location, and whether their path names it exactly (not through cascade). */
export interface RuleHit {
  list: RuleList;
  direct: boolean;
  /** The list with names and checks resolved (filled in by the index). */
  compiled?: CompiledRule[];
}

interface CompiledPath {
  tokens: PathToken[];
  list: RuleList;
  // Hits are shared, immutable values: lookups run once per node of large bodies.
  directHit: RuleHit;
  cascadedHit: RuleHit;
}

const pathCache = new Map<string, PathToken[] | null>();

// One node per location shape (array indexes folded into ANY_INDEX), holding the rules found there.
interface ShapeNode {
  hit?: RuleHit | null;
  next: Map<PathSegment, ShapeNode>;
}

const ANY_INDEX = -1;

function shapeKey(segment: PathSegment): PathSegment {
  return typeof segment === 'number' ? ANY_INDEX : segment;
}

// Rule paths repeat across calls (every verification of one pact), so parse each once.
function tokensOf(path: string, plainName: boolean): PathToken[] | null {
  const key = plainName ? `n:${path}` : `p:${path}`;
  let tokens = pathCache.get(key);
  if (tokens === undefined) {
    if (plainName) tokens = [{ kind: 'root' }, { kind: 'field', name: path }];
    else tokens = tryParse(path);
    if (pathCache.size > 10_000) pathCache.clear();
    pathCache.set(key, tokens);
  }
  return tokens;
}

function tryParse(path: string): PathToken[] | null {
  try {
    return parseJsonPath(path);
  } catch {
    return null;
  }
}

/**
 * The rules of one category compiled for fast lookup: Pact's "most specific path wins"
 * (highest path weight, then the longest path) with rules cascading to children.
 */
export class RuleIndex {
  private readonly paths: CompiledPath[] = [];
  // Lookups memoised by the shape of the location (array indexes folded together) when no rule
  // names a particular index: a large body repeats the same few shapes thousands of times.
  private memo: ShapeNode | undefined;
  private readonly walkKeys: PathSegment[] = [];
  private walkNodes: ShapeNode[] = [];
  private walkDepth = 0;

  /** `plainNames`: keys are header or parameter names rather than JSON paths (unless they start with `$`). */
  constructor(
    byPath: Record<string, RuleList> | undefined,
    options: { plainNames?: boolean; lowerCase?: boolean } = {},
  ) {
    for (const [path, raw] of Object.entries(byPath ?? {})) {
      const list = asRuleList(raw);
      const plain = options.plainNames === true && !path.startsWith('$');
      const tokens = tokensOf(options.lowerCase ? path.toLowerCase() : path, plain);
      if (tokens === null || list.matchers.length === 0) continue;
      const compiled = compileRules(list);
      this.paths.push({
        tokens,
        list,
        directHit: { list, direct: true, compiled },
        cascadedHit: { list, direct: false, compiled },
      });
    }
    const indexFree = this.paths.every((p) =>
      p.tokens.every((t) => t.kind !== 'index' && !(t.kind === 'field' && /^\d+$/.test(t.name))),
    );
    if (indexFree && this.paths.length > 0) {
      this.memo = { next: new Map() };
      this.walkNodes = [this.memo];
    }
  }

  /** True when there are no rules at all. */
  get isEmpty(): boolean {
    return this.paths.length === 0;
  }

  /** The best rules for a location, or undefined when no rule applies. */
  best(segments: readonly PathSegment[]): RuleHit | undefined {
    const node = this.nodeFor(segments);
    if (node === undefined) return this.search(segments);
    if (node.hit === undefined) node.hit = this.search(segments) ?? null;
    return node.hit ?? undefined;
  }

  // The memo node of a location. Comparisons walk a tree depth first, so consecutive lookups share
  // most of their path: the walk of the previous lookup is reused while its keys agree.
  private nodeFor(segments: readonly PathSegment[]): ShapeNode | undefined {
    if (this.memo === undefined) return undefined;
    const keys = this.walkKeys;
    const nodes = this.walkNodes;
    const shared = Math.min(segments.length, this.walkDepth);
    let depth = 0;
    while (depth < shared && keys[depth] === shapeKey(segments[depth])) depth++;
    let node = nodes[depth];
    for (; depth < segments.length; depth++) {
      const key = shapeKey(segments[depth]);
      let next = node.next.get(key);
      if (next === undefined) {
        if (node.next.size > 1000) {
          // keys of a map-like object: stop memoising
          this.walkDepth = depth;
          return undefined;
        }
        next = { next: new Map() };
        node.next.set(key, next);
      }
      keys[depth] = key;
      nodes[depth + 1] = next;
      node = next;
    }
    this.walkDepth = segments.length;
    return node;
  }

  private search(segments: readonly PathSegment[]): RuleHit | undefined {
    let best: CompiledPath | undefined;
    let bestScore = 0;
    for (const candidate of this.paths) {
      const weight = pathWeight(candidate.tokens, segments);
      if (weight === 0) continue;
      const score = weight * candidate.tokens.length;
      if (
        score > bestScore ||
        (score === bestScore && best !== undefined && candidate.tokens.length > best.tokens.length)
      ) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best === undefined) return undefined;
    return best.tokens.length === segments.length + 1 ? best.directHit : best.cascadedHit;
  }

  /**
   * The best rules by a custom weighing of rule paths (XML lets index steps match nothing);
   * `weigh` returns 0 when a path does not apply.
   */
  bestBy(weigh: (tokens: readonly PathToken[]) => { weight: number; direct: boolean }): RuleHit | undefined {
    let best: RuleHit | undefined;
    let bestScore = 0;
    for (const candidate of this.paths) {
      const { weight, direct } = weigh(candidate.tokens);
      const score = weight * candidate.tokens.length;
      if (weight > 0 && score >= bestScore) {
        best = { list: candidate.list, direct };
        bestScore = score;
      }
    }
    return best;
  }
}

/** Accept a `{ matchers, combine }` list or a bare rule object. */
export function asRuleList(raw: unknown): RuleList {
  if (typeof raw !== 'object' || raw === null) return { matchers: [] };
  const obj = raw as Partial<RuleList> & Record<string, unknown>;
  if (Array.isArray(obj.matchers)) return obj as RuleList;
  return { matchers: [obj as unknown as MatchingRule] };
}

const indexCache = new WeakMap<object, RuleIndex>();
const indexByText = new Map<string, RuleIndex>();

/**
 * The index of one category's rules, built once per rules object, or per equal rules when the
 * caller reads the pact afresh each time (verifiers match many actuals against one expected).
 */
export function ruleIndexFor(byPath: Record<string, RuleList> | undefined): RuleIndex {
  if (byPath === undefined) return EMPTY;
  let index = indexCache.get(byPath);
  if (index === undefined) {
    const text = JSON.stringify(byPath);
    index = indexByText.get(text);
    if (index === undefined) {
      index = new RuleIndex(byPath);
      if (indexByText.size > 1000) indexByText.clear();
      indexByText.set(text, index);
    }
    indexCache.set(byPath, index);
  }
  return index;
}

const EMPTY = new RuleIndex(undefined);
