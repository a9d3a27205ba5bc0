import { deepEqual, show } from '../values';
import type { RuleCheck } from './rule-types';

/** `equality`: the actual value equals the expected example. */
export const checkEquality: RuleCheck = ({ expected, actual }) =>
  deepEqual(expected, actual) ? undefined : `Expected ${show(actual)} to be equal to ${show(expected)}`;
