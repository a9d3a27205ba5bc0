/**
 * The JSON paths Pact uses in matching rules and generators: `$`, `.name`, `['any name']`, `[0]`, `[*]`, `.*`.
 * Shared by matching ("most specific path wins", see {@link pathWeight}) and generators ({@link resolvePath}).
 */

/** One step of a parsed JSON path. */
export type PathToken =
  | { kind: 'root' }
  | { kind: 'field'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'starIndex' }
  | { kind: 'star' };

/** One concrete step into a value: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Parse a JSON path into tokens. A path not starting with `$` is read as if it did (`a.b` = `$.a.b`).
 * @example parseJsonPath("$.a[0]['b c'][*].*")
 * // [root, field a, index 0, field 'b c', starIndex, star]
 * @throws Error (plain, with the position) when the path is malformed; callers wrap it in their own error.
 */
export function parseJsonPath(path: string): PathToken[] {
  const tokens: PathToken[] = [{ kind: 'root' }];
  let i = path.startsWith('$') ? 1 : 0;
  if (i === 0 && path !== '') i = readField(path, 0, tokens, true);
  while (i < path.length) {
    if (path[i] === '.') i = readField(path, i + 1, tokens, false);
    else if (path[i] === '[') i = readBracket(path, i, tokens);
    else throw new Error(`unexpected '${path[i]}' at position ${i} of JSON path "${path}"`);
  }
  return tokens;
}

function readField(path: string, start: number, tokens: PathToken[], first: boolean): number {
  if (path[start] === '*') {
    tokens.push({ kind: 'star' });
    return start + 1;
  }
  let end = start;
  while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
  if (end === start && !first) throw new Error(`empty name at position ${start} of JSON path "${path}"`);
  tokens.push({ kind: 'field', name: path.slice(start, end) });
  return end;
}

function readBracket(path: string, start: number, tokens: PathToken[]): number {
  const quote = path[start + 1];
  if (quote === "'" || quote === '"') {
    let name = '';
    let i = start + 2;
    for (; i < path.length && path[i] !== quote; i++) name += path[i] === '\\' ? path[++i] : path[i];
    if (path[i + 1] !== ']') throw new Error(`unclosed quoted name at position ${start} of JSON path "${path}"`);
    tokens.push({ kind: 'field', name });
    return i + 2;
  }
  const close = path.indexOf(']', start);
  if (close < 0) throw new Error(`unclosed '[' at position ${start} of JSON path "${path}"`);
  const inner = path.slice(start + 1, close).trim();
  if (inner === '*') tokens.push({ kind: 'starIndex' });
  else if (/^\d+$/.test(inner)) tokens.push({ kind: 'index', index: Number(inner) });
  else throw new Error(`expected an index, * or a quoted name at position ${start} of JSON path "${path}"`);
  return close + 1;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Append one step to a JSON path: a plain identifier as `.name`, any other key as `['name']` (quotes and
 * backslashes escaped, so {@link parseJsonPath} reads it back), an index as `[i]`, every item as `[*]`.
 * The one JSON-path writer.
 * @example appendJsonPath('$.a', 'b-c') // "$.a['b-c']"
 * @example appendJsonPath('$.items', { kind: 'starIndex' }) // '$.items[*]'
 */
export function appendJsonPath(path: string, step: PathSegment | { kind: 'starIndex' }): string {
  if (typeof step === 'object') return `${path}[*]`;
  if (typeof step === 'number') return `${path}[${step}]`;
  if (IDENTIFIER.test(step)) return `${path}.${step}`;
  return `${path}['${step.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/**
 * Write concrete segments as a JSON path: `['a', 0, 'b c']` → `$.a[0]['b c']`.
 * @example formatJsonPath(['items', 0, 'id']) // '$.items[0].id'
 */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => appendJsonPath(path, segment), '$');
}

/**
 * How well a rule path applies to a concrete location, as Pact computes it: 0 when it does not apply;
 * otherwise the product of 2 per exact step and 1 per wildcard step. A rule path shorter than the
 * location still applies (rules cascade to children); compare `tokens.length` too so that among equal
 * weights the longer (more specific) path wins.
 * @example pathWeight(parseJsonPath('$.items[*].id'), ['items', 0, 'id']) // 2*2*1*2 = 8
 */
export function pathWeight(tokens: readonly PathToken[], segments: readonly PathSegment[]): number {
  if (segments.length + 1 < tokens.length) return 0;
  let weight = 1;
  for (let i = 0; i < tokens.length && weight > 0; i++) {
    weight *= i === 0 ? (tokens[0].kind === 'root' ? 2 : 0) : tokenWeight(tokens[i], segments[i - 1]);
  }
  return weight;
}

function tokenWeight(token: PathToken, segment: PathSegment): number {
  switch (token.kind) {
    case 'field':
      return String(segment) === token.name ? 2 : 0;
    case 'index':
      return segment === token.index || segment === String(token.index) ? 2 : 0;
    case 'starIndex':
      return typeof segment === 'number' || /^\d+$/.test(segment) ? 1 : 0;
    case 'star':
      return 1;
    default:
      return 0;
  }
}

/**
 * True when the rule path names exactly this location (same length, weight above 0),
 * as opposed to applying through cascade from a parent.
 */
export function pathMatchesExactly(tokens: readonly PathToken[], segments: readonly PathSegment[]): boolean {
  return tokens.length === segments.length + 1 && pathWeight(tokens, segments) > 0;
}

/**
 * Every concrete location in `root` that the path names, with its value.
 * @example resolvePath({ items: [{ id: 1 }, { id: 2 }] }, parseJsonPath('$.items[*].id'))
 * // [{ segments: ['items', 0, 'id'], value: 1 }, { segments: ['items', 1, 'id'], value: 2 }]
 */
export function resolvePath(
  root: unknown,
  tokens: readonly PathToken[],
): Array<{ segments: PathSegment[]; value: unknown }> {
  let found: Array<{ segments: PathSegment[]; value: unknown }> = [{ segments: [], value: root }];
  for (const token of tokens.slice(1)) found = found.flatMap((at) => step(at.segments, at.value, token));
  return found;
}

function step(
  segments: PathSegment[],
  value: unknown,
  token: PathToken,
): Array<{ segments: PathSegment[]; value: unknown }> {
  if (token.kind === 'field') {
    const has =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.prototype.hasOwnProperty.call(value, token.name);
    return has ? [{ segments: [...segments, token.name], value: (value as Record<string, unknown>)[token.name] }] : [];
  }
  if (token.kind === 'index') {
    return Array.isArray(value) && token.index < value.length
      ? [{ segments: [...segments, token.index], value: value[token.index] }]
      : [];
  }
  if (Array.isArray(value)) return value.map((item, i) => ({ segments: [...segments, i], value: item }));
  if (token.kind === 'star' && typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([key, item]) => ({ segments: [...segments, key], value: item }));
  }
  return [];
}

/**
 * Return a copy of `root` with the value at `segments` replaced (copying only the containers on the way).
 * @example setAtPath({ a: [1, 2] }, ['a', 1], 5) // { a: [1, 5] }
 */
export function setAtPath(root: unknown, segments: readonly PathSegment[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = setAtPath(root[head as number], rest, value);
    return copy;
  }
  const obj = (typeof root === 'object' && root !== null ? root : {}) as Record<string, unknown>;
  return { ...obj, [head]: setAtPath(obj[head as string], rest, value) };
}
