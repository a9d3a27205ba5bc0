/**
 * A small regular-expression parser for generating example strings: literals, escapes, classes,
 * `.`, groups, alternation and quantifiers. Anchors and look-arounds are accepted and generate nothing.
 */

/** A node of a parsed regular expression. */
export type RegexNode =
  | { kind: 'chars'; chars: string }
  | { kind: 'seq'; items: RegexNode[] }
  | { kind: 'alt'; options: RegexNode[] }
  | { kind: 'repeat'; node: RegexNode; min: number; max: number };

/** Printable ASCII, what `.` and negated classes draw from. */
export const PRINTABLE = Array.from({ length: 95 }, (_v, i) => String.fromCharCode(32 + i)).join('');
const DIGITS = '0123456789';
const WORD = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz${DIGITS}_`;
const SPACE = ' \t';
/** How many repetitions beyond the minimum an open quantifier (`*`, `+`, `{n,}`) may produce. */
const OPEN_EXTRA = 4;

/**
 * Parse a regular expression's source into nodes.
 * @example parseRegex('\\d{2}-[a-c]+')
 * @throws Error (plain) when the pattern is malformed.
 */
export function parseRegex(source: string): RegexNode {
  const parser = { source, pos: 0 };
  const node = parseAlternation(parser);
  if (parser.pos < source.length) throw new Error(`unexpected '${source[parser.pos]}' at ${parser.pos}`);
  return node;
}

interface Parser {
  source: string;
  pos: number;
}

function parseAlternation(p: Parser): RegexNode {
  const options = [parseSequence(p)];
  while (p.source[p.pos] === '|') {
    p.pos++;
    options.push(parseSequence(p));
  }
  return options.length === 1 ? options[0] : { kind: 'alt', options };
}

function parseSequence(p: Parser): RegexNode {
  const items: RegexNode[] = [];
  while (p.pos < p.source.length && p.source[p.pos] !== '|' && p.source[p.pos] !== ')') {
    const atom = parseAtom(p);
    if (atom) items.push(parseQuantifier(p, atom));
  }
  return { kind: 'seq', items };
}

function parseAtom(p: Parser): RegexNode | undefined {
  const c = p.source[p.pos++];
  if (c === '^' || c === '$') return undefined;
  if (c === '.') return { kind: 'chars', chars: PRINTABLE };
  if (c === '[') return parseClass(p);
  if (c === '(') return parseGroup(p);
  if (c === '\\') return parseEscape(p);
  return { kind: 'chars', chars: c };
}

function parseGroup(p: Parser): RegexNode | undefined {
  let lookaround = false;
  if (p.source[p.pos] === '?') {
    const named = /^\?<[A-Za-z_][A-Za-z0-9_]*>/.exec(p.source.slice(p.pos));
    lookaround = /^\?(=|!|<=|<!)/.test(p.source.slice(p.pos));
    p.pos += named ? named[0].length : lookaround ? (p.source[p.pos + 1] === '<' ? 3 : 2) : 2;
  }
  const inner = parseAlternation(p);
  if (p.source[p.pos++] !== ')') throw new Error('unclosed group');
  return lookaround ? undefined : inner;
}

function parseEscape(p: Parser): RegexNode | undefined {
  const c = p.source[p.pos++];
  if (c === undefined) throw new Error('pattern ends with \\');
  if (c === 'b' || c === 'B' || c === 'A' || c === 'z' || c === 'Z') return undefined;
  return { kind: 'chars', chars: escapeChars(c, p) };
}

function escapeChars(c: string, p: Parser): string {
  switch (c) {
    case 'd':
      return DIGITS;
    case 'w':
      return WORD;
    case 's':
      return SPACE;
    case 'D':
      return without(PRINTABLE, DIGITS);
    case 'W':
      return without(PRINTABLE, WORD);
    case 'S':
      return without(PRINTABLE, SPACE);
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case 'x':
      return hexChar(p, 2);
    case 'u':
      return hexChar(p, 4);
    default:
      return c;
  }
}

function hexChar(p: Parser, length: number): string {
  const hex = p.source.slice(p.pos, p.pos + length);
  p.pos += length;
  return String.fromCharCode(parseInt(hex, 16));
}

function parseClass(p: Parser): RegexNode {
  const negate = p.source[p.pos] === '^';
  if (negate) p.pos++;
  let chars = '';
  let first = true;
  while (p.pos < p.source.length && (p.source[p.pos] !== ']' || first)) {
    first = false;
    const start = classChar(p);
    if (p.source[p.pos] === '-' && p.source[p.pos + 1] !== ']' && start.length === 1) {
      p.pos++;
      const end = classChar(p);
      for (let code = start.charCodeAt(0); code <= end.charCodeAt(0); code++) chars += String.fromCharCode(code);
    } else {
      chars += start;
    }
  }
  if (p.source[p.pos++] !== ']') throw new Error('unclosed character class');
  return { kind: 'chars', chars: negate ? without(PRINTABLE, chars) : chars };
}

function classChar(p: Parser): string {
  const c = p.source[p.pos++];
  return c === '\\' ? escapeChars(p.source[p.pos++], p) : c;
}

function parseQuantifier(p: Parser, node: RegexNode): RegexNode {
  const c = p.source[p.pos];
  let bounds: [number, number] | undefined;
  if (c === '*') bounds = [0, OPEN_EXTRA];
  else if (c === '+') bounds = [1, 1 + OPEN_EXTRA];
  else if (c === '?') bounds = [0, 1];
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.source.slice(p.pos));
    if (!m) return node;
    const min = Number(m[1]);
    bounds = [min, m[2] === undefined ? min : m[3] === '' ? min + OPEN_EXTRA : Number(m[3])];
    p.pos += m[0].length - 1;
  }
  if (!bounds) return node;
  p.pos++;
  if (p.source[p.pos] === '?' || p.source[p.pos] === '+') p.pos++;
  return { kind: 'repeat', node, min: bounds[0], max: bounds[1] };
}

function without(all: string, remove: string): string {
  return [...all].filter((ch) => !remove.includes(ch)).join('');
}
