import { tokenizeDatePattern } from './tokenize-date-pattern';

describe('tokenizeDatePattern', () => {
  it('splits fields, quoted and plain literals, and optional sections', () => {
    expect(tokenizeDatePattern("yyyy-MM-dd'T'HH[:ss]''")).toEqual([
      { kind: 'field', letter: 'y', count: 4 },
      { kind: 'literal', text: '-' },
      { kind: 'field', letter: 'M', count: 2 },
      { kind: 'literal', text: '-' },
      { kind: 'field', letter: 'd', count: 2 },
      { kind: 'literal', text: 'T' },
      { kind: 'field', letter: 'H', count: 2 },
      { kind: 'optionalStart' },
      { kind: 'literal', text: ':' },
      { kind: 'field', letter: 's', count: 2 },
      { kind: 'optionalEnd' },
      { kind: 'literal', text: "'" },
    ]);
  });

  it('reads an unclosed quote to the end of the pattern', () => {
    expect(tokenizeDatePattern("HH 'o clock")).toEqual([
      { kind: 'field', letter: 'H', count: 2 },
      { kind: 'literal', text: ' ' },
      { kind: 'literal', text: 'o clock' },
    ]);
  });
});
