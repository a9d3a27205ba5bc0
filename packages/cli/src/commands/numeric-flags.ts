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
