/**
 * Java `DateTimeFormatter` / `SimpleDateFormat` patterns (the ones Pact uses) split into their parts,
 * shared by the date generators (which format) and the date matchers (which compile to a regex).
 */

/** One part of a date pattern. */
export type DatePatternToken =
  | { kind: 'literal'; text: string }
  | { kind: 'field'; letter: string; count: number }
  | { kind: 'optionalStart' }
  | { kind: 'optionalEnd' };

/**
 * Split a pattern: quoted text (`'T'`, with `''` for a quote) and other non-letters are literals,
 * a run of one letter is a field, `[` and `]` mark an optional section.
 * @example tokenizeDatePattern("HH'h'") // [{ kind: 'field', letter: 'H', count: 2 }, { kind: 'literal', text: 'h' }]
 */
export function tokenizeDatePattern(pattern: string): DatePatternToken[] {
  const tokens: DatePatternToken[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      tokens.push({ kind: 'literal', text: literal === '' ? "'" : literal });
      i = end < 0 ? pattern.length : end + 1;
    } else if (c === '[' || c === ']') {
      tokens.push({ kind: c === '[' ? 'optionalStart' : 'optionalEnd' });
      i++;
    } else {
      let run = 1;
      while (pattern[i + run] === c) run++;
      tokens.push(
        /[A-Za-z]/.test(c)
          ? { kind: 'field', letter: c, count: run }
          : { kind: 'literal', text: pattern.slice(i, i + run) },
      );
      i += run;
    }
  }
  return tokens;
}
