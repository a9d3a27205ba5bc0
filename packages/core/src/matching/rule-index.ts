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

// A rule path of one index with its list; the list's compiled form and hits are made when the path first wins.
interface RulePath {
  tokens: PathToken[];
  list: RuleList;
  compiled: CompiledRule[] | undefined;
  directHit: RuleHit | undefined;
  cascadedHit: RuleHit | undefined;
}

// Rule paths repeat across calls (every interaction of a pact, every verification), so each is parsed once; the
// tokens of a path are then one array, which identifies the path (see pathSetFor).
const jsonPathTokens = new Map<string, PathToken[] | null>();
const plainNameTokens = new Map<string, PathToken[]>();
const MAX_CACHED = 10_000;

function tokensOf(path: string, plainName: boolean): PathToken[] | null {
  if (plainName) {
    let tokens = plainNameTokens.get(path);
    if (tokens === undefined) {
      if (plainNameTokens.size >= MAX_CACHED) plainNameTokens.clear();
      tokens = [{ kind: 'root' }, { kind: 'field', name: path }];
      plainNameTokens.set(path, tokens);
    }
    return tokens;
  }
  let tokens = jsonPathTokens.get(path);
  if (tokens === undefined) {
    if (jsonPathTokens.size >= MAX_CACHED) jsonPathTokens.clear();
    tokens = tryParse(path);
    jsonPathTokens.set(path, tokens);
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

// One node per location shape (array indexes folded into ANY_INDEX), holding the position of the rule path that wins
// there (NO_RULE when none does).
interface ShapeNode {
  winner?: number;
  next: Map<PathSegment, ShapeNode>;
}

const ANY_INDEX = -1;
const NO_RULE = -1;

function shapeKey(segment: PathSegment): PathSegment {
  return typeof segment === 'number' ? ANY_INDEX : segment;
}

/**
 * Which of a list of rule paths wins at a location: Pact's "most specific path wins" (highest path weight, then the
 * longest path). The answer depends on the paths alone, so the rules objects with the same paths (each interaction of
 * a pact with the same response shape) share one set and its memo.
 */
class RulePathSet {
  // Lookups memoised by the shape of the location (array indexes folded together) when no rule
  // names a particular index: a large body repeats the same few shapes thousands of times.
  private readonly memo: ShapeNode | undefined;
  private readonly walkKeys: PathSegment[] = [];
  private readonly walkNodes: ShapeNode[] = [];
  private walkDepth = 0;

  constructor(private readonly paths: readonly PathToken[][]) {
    const indexFree = paths.every((tokens) =>
      tokens.every((t) => t.kind !== 'index' && !(t.kind === 'field' && /^\d+$/.test(t.name))),
    );
    if (indexFree && paths.length > 0) {
      this.memo = { next: new Map() };
      this.walkNodes.push(this.memo);
    }
  }

  /** The position of the winning path at a location, or NO_RULE. */
  winner(segments: readonly PathSegment[]): number {
    const node = this.nodeFor(segments);
    if (node === undefined) return this.search(segments);
    if (node.winner === undefined) node.winner = this.search(segments);
    return node.winner;
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

  private search(segments: readonly PathSegment[]): number {
    let best = NO_RULE;
    let bestScore = 0;
    let bestLength = 0;
    for (let position = 0; position < this.paths.length; position++) {
      const tokens = this.paths[position];
      const weight = pathWeight(tokens, segments);
      if (weight === 0) continue;
      const score = weight * tokens.length;
      if (score > bestScore || (score === bestScore && best !== NO_RULE && tokens.length > bestLength)) {
        best = position;
        bestScore = score;
        bestLength = tokens.length;
      }
    }
    return best;
  }
}

// The path sets by their sequence of paths, one trie step per path (token arrays are one per path, see tokensOf).
interface PathSetNode {
  set?: RulePathSet;
  next: Map<PathToken[], PathSetNode>;
}

let pathSets: PathSetNode = { next: new Map() };
let pathSetCount = 0;

function pathSetFor(paths: PathToken[][]): RulePathSet {
  let node = pathSets;
  for (const tokens of paths) {
    let next = node.next.get(tokens);
    if (next === undefined) {
      next = { next: new Map() };
      node.next.set(tokens, next);
    }
    node = next;
  }
  if (node.set === undefined) {
    if (++pathSetCount > 1000) {
      pathSets = { next: new Map() };
      pathSetCount = 0;
    }
    node.set = new RulePathSet(paths);
  }
  return node.set;
}

/**
 * The rules of one category compiled for fast lookup: Pact's "most specific path wins"
 * (highest path weight, then the longest path) with rules cascading to children.
 */
export class RuleIndex {
  private readonly rules: RulePath[] = [];
  private readonly paths: RulePathSet;

  /** `plainNames`: keys are header or parameter names rather than JSON paths (unless they start with `$`). */
  constructor(
    byPath: Record<string, RuleList> | undefined,
    options: { plainNames?: boolean; lowerCase?: boolean } = {},
  ) {
    const tokenLists: PathToken[][] = [];
    for (const path of Object.keys(byPath ?? {})) {
      const list = asRuleList(byPath![path]);
      const plain = options.plainNames === true && !path.startsWith('$');
      const tokens = tokensOf(options.lowerCase ? path.toLowerCase() : path, plain);
      if (tokens === null || list.matchers.length === 0) continue;
      this.rules.push({ tokens, list, compiled: undefined, directHit: undefined, cascadedHit: undefined });
      tokenLists.push(tokens);
    }
    this.paths = pathSetFor(tokenLists);
  }

  /** True when there are no rules at all. */
  get isEmpty(): boolean {
    return this.rules.length === 0;
  }

  /** The best rules for a location, or undefined when no rule applies. */
  best(segments: readonly PathSegment[]): RuleHit | undefined {
    const position = this.paths.winner(segments);
    if (position === NO_RULE) return undefined;
    const rule = this.rules[position];
    return rule.tokens.length === segments.length + 1
      ? (rule.directHit ??= { list: rule.list, direct: true, compiled: compiledOf(rule) })
      : (rule.cascadedHit ??= { list: rule.list, direct: false, compiled: compiledOf(rule) });
  }

  /**
   * The best rules by a custom weighing of rule paths (XML lets index steps match nothing);
   * `weigh` returns 0 when a path does not apply.
   */
  bestBy(weigh: (tokens: readonly PathToken[]) => { weight: number; direct: boolean }): RuleHit | undefined {
    let best: RuleHit | undefined;
    let bestScore = 0;
    for (const candidate of this.rules) {
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

function compiledOf(rule: RulePath): CompiledRule[] {
  return (rule.compiled ??= compileRules(rule.list));
}

/** Accept a `{ matchers, combine }` list or a bare rule object. */
export function asRuleList(raw: unknown): RuleList {
  if (typeof raw !== 'object' || raw === null) return { matchers: [] };
  const obj = raw as Partial<RuleList> & Record<string, unknown>;
  if (Array.isArray(obj.matchers)) return obj as RuleList;
  return { matchers: [obj as unknown as MatchingRule] };
}

const indexCache = new WeakMap<object, RuleIndex>();
// Rules objects whose index was built once. A verifier judges each interaction once: an index kept from its first use
// would live as long as the pact, and copying thousands of them through the young generation costs more than it saves.
const usedOnce = new WeakSet<object>();

/**
 * The index of one category's rules, kept from its second use on (a mock server matches many requests against one
 * expected); rules objects with the same paths share their lookups.
 */
export function ruleIndexFor(byPath: Record<string, RuleList> | undefined): RuleIndex {
  if (byPath === undefined) return EMPTY;
  let index = indexCache.get(byPath);
  if (index === undefined) {
    index = new RuleIndex(byPath);
    if (usedOnce.has(byPath)) indexCache.set(byPath, index);
    else usedOnce.add(byPath);
  }
  return index;
}

const EMPTY = new RuleIndex(undefined);
