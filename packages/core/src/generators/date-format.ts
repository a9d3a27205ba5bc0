/**
 * Format dates with Java `DateTimeFormatter`-style patterns (the ones Pact uses), in UTC:
 * `yyyy-MM-dd'T'HH:mm:ss.SSSXXX`, `EEE, dd MMM yyyy HH:mm:ss z`, `h:mm a`, ...
 */

import { tokenizeDatePattern } from '../date-pattern/tokenize-date-pattern';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Format `date` (in UTC) with a Java-style pattern; letters it does not know are written as they are.
 * @example formatJavaDate(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), "yyyy-MM-dd'T'HH:mm:ss") // '2024-01-02T03:04:05'
 */
export function formatJavaDate(date: Date, pattern: string): string {
  return tokenizeDatePattern(pattern)
    .map((token) => {
      switch (token.kind) {
        case 'field':
          return field(date, token.letter, token.count);
        case 'literal':
          return token.text;
        // Optional-section markers are written as they stand.
        case 'optionalStart':
          return '[';
        case 'optionalEnd':
          return ']';
      }
    })
    .join('');
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function field(d: Date, letter: string, n: number): string {
  const hours = d.getUTCHours();
  switch (letter) {
    case 'y':
    case 'u':
    case 'Y':
      return n === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), n);
    case 'M':
    case 'L':
      return n >= 4
        ? MONTHS[d.getUTCMonth()]
        : n === 3
          ? MONTHS[d.getUTCMonth()].slice(0, 3)
          : pad(d.getUTCMonth() + 1, n);
    case 'd':
      return pad(d.getUTCDate(), n);
    case 'D':
      return pad(dayOfYear(d), n);
    case 'E':
      return n >= 4 ? DAYS[d.getUTCDay()] : DAYS[d.getUTCDay()].slice(0, 3);
    case 'a':
      return hours < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(hours, n);
    case 'k':
      return pad(hours === 0 ? 24 : hours, n);
    case 'h':
      return pad(hours % 12 === 0 ? 12 : hours % 12, n);
    case 'K':
      return pad(hours % 12, n);
    case 'm':
      return pad(d.getUTCMinutes(), n);
    case 's':
      return pad(d.getUTCSeconds(), n);
    case 'S':
      return pad(d.getUTCMilliseconds(), 3).padEnd(n, '0').slice(0, n);
    case 'n':
      return pad(d.getUTCMilliseconds() * 1_000_000, n);
    case 'X':
      return 'Z';
    case 'x':
      return n === 1 ? '+00' : n === 2 || n === 4 ? '+0000' : '+00:00';
    case 'Z':
      return n === 4 ? 'GMT' : n === 5 ? 'Z' : '+0000';
    case 'z':
    case 'O':
    case 'V':
      return n >= 4 ? 'Coordinated Universal Time' : 'UTC';
    default:
      return letter.repeat(n);
  }
}

function dayOfYear(d: Date): number {
  return (
    Math.floor(
      (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000,
    ) + 1
  );
}
