import { showTyped } from '../values';
import type { RuleCheck, RuleInput } from './rule-types';

const INTEGER_TEXT = /^[-+]?\d+$/;
const DECIMAL_TEXT = /^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$/;
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

// Bodies carry typed JSON numbers; only queries, headers and forms carry numbers as text.
function numericText(input: RuleInput, pattern: RegExp): boolean {
  return input.fromText && typeof input.actual === 'string' && pattern.test(input.actual.trim());
}

/** `integer`: a JSON integer (or integer text in a query, header or form). */
export const checkInteger: RuleCheck = (input) => {
  const { actual } = input;
  if (typeof actual === 'number' && Number.isInteger(actual)) return undefined;
  return numericText(input, INTEGER_TEXT) ? undefined : `Expected ${showTyped(actual)} to be an integer`;
};

/** `decimal`: a JSON number with a fractional part (or decimal text in a query, header or form). */
export const checkDecimal: RuleCheck = (input) => {
  const { actual } = input;
  if (typeof actual === 'number' && Number.isFinite(actual) && !Number.isInteger(actual)) return undefined;
  return numericText(input, DECIMAL_TEXT) ? undefined : `Expected ${showTyped(actual)} to be a decimal number`;
};

/** `number`: any JSON number (or numeric text in a query, header or form). */
export const checkNumber: RuleCheck = (input) => {
  const { actual } = input;
  if (typeof actual === 'number' && Number.isFinite(actual)) return undefined;
  return numericText(input, NUMBER_TEXT) ? undefined : `Expected ${showTyped(actual)} to be a number`;
};

/** `boolean`: a JSON boolean (or `true`/`false` text in a query, header or form). */
export const checkBoolean: RuleCheck = ({ actual, fromText }) => {
  if (typeof actual === 'boolean') return undefined;
  if (fromText && (actual === 'true' || actual === 'false')) return undefined;
  return `Expected ${showTyped(actual)} to be a boolean`;
};

/** `null`: the value is null. */
export const checkNull: RuleCheck = ({ actual }) =>
  actual === null ? undefined : `Expected ${showTyped(actual)} to be null`;
