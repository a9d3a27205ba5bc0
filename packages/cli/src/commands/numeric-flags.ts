import { InvalidArgumentError } from 'commander';

/**
 * A commander argument parser accepting whole numbers from `min` up (`--retries 3`); anything else is a usage error
 * naming the flag's value.
 */
export function wholeNumber(min = 0): (value: string) => number {
  return (value: string) => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isInteger(number) || number < min) {
      throw new InvalidArgumentError(`Expected a whole number${min > 0 ? ` of ${min} or more` : ''}.`);
    }
    return number;
  };
}

/** A commander argument parser accepting numbers above 0, fractions included (`--retry-interval 0.5`). */
export function positiveNumber(): (value: string) => number {
  return (value: string) => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number) || number <= 0)
      throw new InvalidArgumentError('Expected a number above 0.');
    return number;
  };
}
