import { consumerErrors } from '../errors';
import { reify } from './reify';
import * as F from './matchers-v2-formats';

export {
  EMAIL_FORMAT,
  ISO8601_DATE_FORMAT,
  ISO8601_DATETIME_FORMAT,
  ISO8601_DATETIME_WITH_MILLIS_FORMAT,
  ISO8601_TIME_FORMAT,
  RFC1123_TIMESTAMP_FORMAT,
  UUID_V4_FORMAT,
  IPV4_FORMAT,
  IPV6_FORMAT,
  HEX_FORMAT,
} from './matchers-v2-formats';
export { isMatcher } from './reify';
export { reify as extractPayload };

/** A V2 matcher object, as pact-js's `MatchersV2` builds it. */
export interface MatcherV2<T> {
  'pact:matcher:type': string;
  value?: T | T[];
  getValue(): T | T[];
  regex?: string;
  min?: number;
}

// `getValue` is not enumerable, so it never reaches the rules or the pact file.
function v2Matcher<T>(fields: Omit<MatcherV2<T>, 'getValue'>, value: T | T[]): MatcherV2<T> {
  return Object.defineProperty({ ...fields }, 'getValue', { value: () => value, enumerable: false }) as MatcherV2<T>;
}

/**
 * True when the example matches the regular expression (as pact-js's `validateExample`).
 * @example validateExample('abc', '^a')
 */
export function validateExample(example: string, matcher: string): boolean {
  return new RegExp(matcher.replace('\\\\', '\\')).test(example);
}

/**
 * An array of at least `min` (default 1) items like the template.
 * @example eachLike({ id: integer(1) }, { min: 2 })
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the template is missing or min is below 1.
 */
export function eachLike<T>(template: T, opts?: { min: number }): MatcherV2<T> {
  if (template === undefined)
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['eachLike', 'the template is missing']);
  if (opts && !(opts.min >= 1))
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['eachLike', 'opts.min must be 1 or more']);
  const min = opts?.min ?? 1;
  const value = Array.from({ length: min }, () => template);
  return v2Matcher<T>({ value, 'pact:matcher:type': 'type', min }, value);
}

/**
 * A value matched by type.
 * @example somethingLike({ id: 1 })
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the value is null, undefined or a function.
 */
export function somethingLike<T>(value: T): MatcherV2<T> {
  if (value === null || value === undefined || typeof value === 'function') {
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER([
      'somethingLike',
      'the value cannot be a function, null or undefined',
    ]);
  }
  return v2Matcher<T>({ value, 'pact:matcher:type': 'type' }, value);
}

/**
 * A string matched by a regular expression.
 * @example term({ generate: 'pending', matcher: 'pending|shipped' })
 * @throws TREATY_CONSUMER_INVALID_MATCHER when an option is missing or the example does not match.
 */
export function term(opts: { generate: string; matcher: string }): MatcherV2<string> {
  const { generate, matcher } = opts;
  if (generate == null || matcher == null)
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['term', 'give both "generate" and "matcher"']);
  if (!validateExample(generate, matcher)) {
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['term', `example '${generate}' does not match '${matcher}'`]);
  }
  return v2Matcher<string>({ value: generate, regex: matcher, 'pact:matcher:type': 'regex' }, generate);
}

const formatted = (matcher: string, fallback: string) => (example?: string) =>
  term({ generate: example || fallback, matcher });

/** An email address (V2). */
export const email = formatted(F.EMAIL_FORMAT, 'hello@pact.io');
/** A UUID (V2). */
export const uuid = formatted(F.UUID_V4_FORMAT, 'ce118b6e-d8e1-11e7-9296-cec278b6b50a');
/** An IPv4 address (V2). */
export const ipv4Address = formatted(F.IPV4_FORMAT, '127.0.0.13');
/** An IPv6 address (V2). */
export const ipv6Address = formatted(F.IPV6_FORMAT, '::ffff:192.0.2.128');
/** An ISO 8601 date-time (V2). */
export const iso8601DateTime = formatted(F.ISO8601_DATETIME_FORMAT, '2015-08-06T16:53:10+01:00');
/** An ISO 8601 date-time with milliseconds (V2). */
export const iso8601DateTimeWithMillis = formatted(
  F.ISO8601_DATETIME_WITH_MILLIS_FORMAT,
  '2015-08-06T16:53:10.123+01:00',
);
/** An ISO 8601 date (V2). */
export const iso8601Date = formatted(F.ISO8601_DATE_FORMAT, '2013-02-01');
/** An ISO 8601 time (V2). */
export const iso8601Time = formatted(F.ISO8601_TIME_FORMAT, 'T22:44:30.652Z');
/** An RFC 1123 timestamp (V2). */
export const rfc1123Timestamp = formatted(F.RFC1123_TIMESTAMP_FORMAT, 'Mon, 31 Oct 2016 15:21:41 -0400');
/** A hexadecimal string (V2). */
export const hexadecimal = formatted(F.HEX_FORMAT, '3F');

/** A decimal matched by type (V2 has no number rules). */
export const decimal = (float?: number): MatcherV2<number> => somethingLike(float ?? 13.01);
/** An integer matched by type (V2 has no number rules). */
export const integer = (int?: number): MatcherV2<number> => somethingLike(int ?? 13);
/** A boolean matched by type. */
export const boolean = (value = true): MatcherV2<boolean> => somethingLike(value);
/** A string matched by type. */
export const string = (value = 'iloveorange'): MatcherV2<string> => somethingLike(value);

/**
 * The string itself, or its JSON.
 * @example matcherValueOrString({ a: 1 }) // '{"a":1}'
 */
export function matcherValueOrString(obj: unknown): string {
  return typeof obj === 'string' ? obj : JSON.stringify(obj);
}

export { somethingLike as like, term as regex };
