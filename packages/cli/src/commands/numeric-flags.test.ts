import { InvalidArgumentError } from 'commander';
import { positiveNumber, wholeNumber } from './numeric-flags';

describe('numeric flag parsers', () => {
  it('wholeNumber accepts whole numbers from the minimum', () => {
    expect(wholeNumber()('0')).toBe(0);
    expect(wholeNumber(1)('30000')).toBe(30000);
    for (const bad of ['', 'abc', '1.5', '-1', '1e', ' '])
      expect(() => wholeNumber()(bad)).toThrow(InvalidArgumentError);
    expect(() => wholeNumber(1)('0')).toThrow('Expected a whole number of 1 or more.');
  });

  it('positiveNumber accepts fractions above 0', () => {
    expect(positiveNumber()('0.5')).toBe(0.5);
    for (const bad of ['0', '-2', 'x', '']) expect(() => positiveNumber()(bad)).toThrow('Expected a number above 0.');
  });
});
