/** One token of a matching-rule definition such as `matching(regex, '\d+', '12')`. */
export interface Token {
  kind: 'word' | 'string' | 'number' | 'punct' | 'dollar';
  text: string;
  /** Offset in the expression, for error messages. */
  at: number;
}

const PUNCT = new Set(['(', ')', ',']);

function readString(source: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start + 1;
  while (i < source.length && source[i] !== "'") {
    if (source[i] === '\\' && i + 1 < source.length) {
      const next = source[i + 1];
      text += next === 'n' ? '\n' : next === 't' ? '\t' : next === "'" || next === '\\' ? next : `\\${next}`;
      i += 2;
    } else {
      text += source[i++];
    }
  }
  if (i >= source.length) throw new SyntaxError(`an unterminated string starts at offset ${start}`);
  return { text, end: i + 1 };
}

function readWhile(source: string, start: number, pattern: RegExp): number {
  let i = start;
  while (i < source.length && pattern.test(source[i])) i++;
  return i;
}

/**
 * Split a matching-rule definition into tokens.
 * @throws SyntaxError on an unterminated string or an unexpected character
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) i++;
    else if (PUNCT.has(ch)) tokens.push({ kind: 'punct', text: ch, at: i++ });
    else if (ch === '$') tokens.push({ kind: 'dollar', text: ch, at: i++ });
    else if (ch === "'") {
      const { text, end } = readString(source, i);
      tokens.push({ kind: 'string', text, at: i });
      i = end;
    } else if (/[-+\d.]/.test(ch)) {
      const end = readWhile(source, i + 1, /[\d.eE+-]/);
      tokens.push({ kind: 'number', text: source.slice(i, end), at: i });
      i = end;
    } else if (/[A-Za-z_]/.test(ch)) {
      const end = readWhile(source, i + 1, /[A-Za-z0-9_-]/);
      tokens.push({ kind: 'word', text: source.slice(i, end), at: i });
      i = end;
    } else {
      throw new SyntaxError(`unexpected '${ch}' at offset ${i}`);
    }
  }
  return tokens;
}
