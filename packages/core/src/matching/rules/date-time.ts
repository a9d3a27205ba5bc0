import { showTyped } from '../values';
import { compileDateFormat, matchesDateFormat, type CompiledDateFormat } from './date-format';
import { stringOption, type RuleCheck } from './rule-types';

// ISO 8601 forms accepted when the rule gives no format.
const DEFAULTS: Record<'date' | 'time' | 'datetime', string[]> = {
  date: ['yyyy-MM-dd', 'yyyyMMdd'],
  time: ['HH:mm[:ss[.S]][XXX]', 'HH:mm[:ss[.S]][XX]'],
  datetime: ["yyyy-MM-dd'T'HH:mm[:ss[.S]][XXX]", "yyyy-MM-dd'T'HH:mm[:ss[.S]][XX]", 'yyyy-MM-dd HH:mm[:ss[.S]][XXX]'],
};

function makeCheck(kind: 'date' | 'time' | 'datetime', label: string, optionKeys: string[]): RuleCheck {
  return ({ rule, actual }) => {
    const format = stringOption(rule, 'format', ...optionKeys);
    if (typeof actual !== 'string') return `Expected ${showTyped(actual)} to be a ${label}`;
    const patterns = format === undefined || format === '' ? DEFAULTS[kind] : [format];
    const compiled = patterns.map(compileDateFormat).filter((c): c is CompiledDateFormat => c !== null);
    if (compiled.length === 0) return `The ${label} format '${format}' is not a valid date/time pattern`;
    if (compiled.some((c) => matchesDateFormat(c, actual))) return undefined;
    return `Expected '${actual}' to be a ${label} in the format '${format ?? 'ISO 8601'}'`;
  };
}

/** `date`: a date in the rule's format (`format` or V3 `date`), ISO 8601 by default. */
export const checkDate = makeCheck('date', 'date', ['date']);
/** `time`: a time in the rule's format (`format` or V3 `time`), ISO 8601 by default. */
export const checkTime = makeCheck('time', 'time', ['time']);
/** `timestamp`/`datetime`: a date and time in the rule's format, ISO 8601 by default. */
export const checkDateTime = makeCheck('datetime', 'date-time', ['timestamp', 'datetime']);
