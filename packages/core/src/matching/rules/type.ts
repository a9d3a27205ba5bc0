import { kindOf, showTyped } from '../values';
import { numberOption, type RuleCheck } from './rule-types';

/** `type` (also with `min`/`max`): same JSON type as the example; arrays within the bounds when the rule names them. */
export const checkType: RuleCheck = ({ rule, expected, actual, direct }) => {
  if (kindOf(expected) !== kindOf(actual)) {
    return `Expected ${showTyped(actual)} to be the same type as ${showTyped(expected)}`;
  }
  if (!direct || !Array.isArray(actual)) return undefined;
  return checkBounds(numberOption(rule, 'min'), numberOption(rule, 'max'), actual.length);
};

/** Check an array length against optional bounds. */
export function checkBounds(min: number | undefined, max: number | undefined, length: number): string | undefined {
  if (min !== undefined && length < min) return `Expected at least ${min} ${items(min)} but received ${length}`;
  if (max !== undefined && length > max) return `Expected at most ${max} ${items(max)} but received ${length}`;
  return undefined;
}

function items(n: number): string {
  return n === 1 ? 'item' : 'items';
}
