import { scalarText, showTyped } from '../values';
import { stringOption, type RuleCheck } from './rule-types';

/** `include`: the value, read as text, contains the given substring. */
export const checkInclude: RuleCheck = ({ rule, actual }) => {
  const value = stringOption(rule, 'value', 'include');
  if (value === undefined) return 'The include rule has no "value"';
  const text = scalarText(actual);
  if (text === undefined) return `Expected ${showTyped(actual)} to include '${value}'`;
  return text.includes(value) ? undefined : `Expected '${text}' to include '${value}'`;
};
