/**
 * Java DateTimeFormatter / SimpleDateFormat patterns (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`, `EEE, dd MMM yyyy HH:mm:ss z`)
 * compiled into a regular expression plus range checks on the captured fields.
 */

import { tokenizeDatePattern } from '../../date-pattern/tokenize-date-pattern';

type Field = 'year' | 'month' | 'day' | 'hour23' | 'hour24' | 'hour11' | 'hour12' | 'minute' | 'second';

/** A compiled pattern: the regex and which field each capture group holds. */
export interface CompiledDateFormat {
  regex: RegExp;
  fields: Field[];
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_SHORT = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DAYS_SHORT = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';
const ZONE_NAME = '(?:[A-Z]{2,5}|UTC|GMT(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)';

const cache = new Map<string, CompiledDateFormat | null>();

/** Compile a pattern once; null when it uses letters no formatter knows. */
export function compileDateFormat(pattern: string): CompiledDateFormat | null {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = compile(pattern);
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, compiled);
  }
  return compiled;
}

function compile(pattern: string): CompiledDateFormat | null {
  const fields: Field[] = [];
  let source = '';
  for (const token of tokenizeDatePattern(pattern)) {
    if (token.kind === 'optionalStart') source += '(?:';
    else if (token.kind === 'optionalEnd') source += ')?';
    else if (token.kind === 'literal') source += escape(token.text);
    else {
      const part = letter(token.letter, token.count, fields);
      if (part === null) return null;
      source += part;
    }
  }
  try {
    return { regex: new RegExp(`^${source}$`, 'i'), fields };
  } catch {
    return null; // unbalanced optional sections such as "yyyy]"
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function group(fields: Field[], field: Field, digits: string): string {
  fields.push(field);
  return `(${digits})`;
}

function twoDigits(n: number): string {
  return n === 1 ? '\\d{1,2}' : '\\d{2}';
}

function letter(c: string, n: number, fields: Field[]): string | null {
  switch (c) {
    case 'y':
    case 'u':
    case 'Y':
      return group(fields, 'year', n === 2 ? '\\d{2}' : '[-+]?\\d{4,9}');
    case 'M':
    case 'L':
      if (n >= 4) return `(?:${MONTHS})`;
      if (n === 3) return `(?:${MONTHS_SHORT})`;
      return group(fields, 'month', twoDigits(n));
    case 'd':
      return group(fields, 'day', twoDigits(n));
    case 'D':
      return '\\d{1,3}';
    case 'H':
      return group(fields, 'hour23', twoDigits(n));
    case 'k':
      return group(fields, 'hour24', twoDigits(n));
    case 'K':
      return group(fields, 'hour11', twoDigits(n));
    case 'h':
      return group(fields, 'hour12', twoDigits(n));
    case 'm':
      return group(fields, 'minute', twoDigits(n));
    case 's':
      return group(fields, 'second', twoDigits(n));
    case 'S':
      return n === 1 ? '\\d{1,9}' : `\\d{${n}}`;
    case 'n':
    case 'N':
    case 'A':
      return '\\d+';
    case 'a':
      return '(?:AM|PM)';
    case 'E':
      return n >= 4 ? `(?:${DAYS})` : `(?:${DAYS_SHORT})`;
    case 'e':
    case 'c':
      return n >= 4 ? `(?:${DAYS})` : n === 3 ? `(?:${DAYS_SHORT})` : '\\d';
    case 'G':
      return '(?:AD|BC|Anno Domini|Before Christ)';
    case 'w':
    case 'W':
    case 'F':
    case 'Q':
    case 'q':
      return '\\d{1,2}';
    case 'z':
      return n >= 4 ? '[A-Za-z][A-Za-z ]*' : ZONE_NAME;
    case 'v':
    case 'V':
      return ZONE_NAME;
    case 'Z':
      return n === 5 ? '(?:Z|[+-]\\d{2}:\\d{2})' : n === 4 ? '(?:GMT(?:[+-]\\d{2}:\\d{2})?|Z)' : '[+-]\\d{4}';
    case 'X':
      return `(?:Z|${offset(n)})`;
    case 'x':
      return offset(n);
    case 'O':
      return 'GMT(?:[+-]\\d{1,2}(?::\\d{2})?)?';
    default:
      return null;
  }
}

function offset(n: number): string {
  if (n === 1) return '[+-]\\d{2}(?:\\d{2})?';
  if (n === 2) return '[+-]\\d{4}';
  if (n === 3) return '[+-]\\d{2}:\\d{2}';
  if (n === 4) return '[+-]\\d{4}(?:\\d{2})?';
  return '[+-]\\d{2}:\\d{2}(?::\\d{2})?';
}

const RANGES: Record<Field, [number, number]> = {
  year: [-1e9, 1e9],
  month: [1, 12],
  day: [1, 31],
  hour23: [0, 23],
  hour24: [1, 24],
  hour11: [0, 11],
  hour12: [1, 12],
  minute: [0, 59],
  second: [0, 60],
};

/** True when `text` is a date/time written in the compiled format, with every field in range. */
export function matchesDateFormat(format: CompiledDateFormat, text: string): boolean {
  const m = format.regex.exec(text);
  if (m === null) return false;
  const values: Partial<Record<Field, number>> = {};
  for (let i = 0; i < format.fields.length; i++) {
    const captured = m[i + 1];
    if (captured === undefined) continue;
    const value = Number(captured);
    const [min, max] = RANGES[format.fields[i]];
    if (value < min || value > max) return false;
    values[format.fields[i]] = value;
  }
  return validDay(values);
}

function validDay(values: Partial<Record<Field, number>>): boolean {
  const { year, month, day } = values;
  if (month === undefined || day === undefined) return true;
  const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1];
}
