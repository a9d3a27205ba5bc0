import { paint } from './ansi';
import { renderValue, valueDiff } from './value-diff';

const plain = paint(false);

describe('valueDiff', () => {
  it('shows scalars as one expected and one received line', () => {
    expect(valueDiff('abc', 1, plain)).toEqual(['- "abc"', '+ 1']);
  });

  it('shows missing values', () => {
    expect(valueDiff(1, undefined, plain)).toEqual(['- 1', '+ (missing)']);
  });

  it('diffs multi-line values line by line, keeping shared lines', () => {
    expect(valueDiff({ a: 1, b: 2 }, { a: 1, b: 3 }, plain)).toEqual([
      '  {',
      '    "a": 1,',
      '-   "b": 2',
      '+   "b": 3',
      '  }',
    ]);
  });

  it('colours lines when asked', () => {
    expect(valueDiff('a', 'b', paint(true))).toEqual(['\u001b[31m- "a"\u001b[39m', '\u001b[32m+ "b"\u001b[39m']);
  });

  it('renders values for diffs', () => {
    expect(renderValue([1])).toEqual(['[', '  1', ']']);
  });
});

describe('valueDiff of unexpected values', () => {
  it('says nothing was expected', () => {
    expect(valueDiff(undefined, 3, paint(false))).toEqual(['- (nothing)', '+ 3']);
  });
});
