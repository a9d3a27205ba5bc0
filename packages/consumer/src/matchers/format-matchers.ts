import type { V3RegexMatcher } from './matcher-types';
import { IPV6_FORMAT, RFC1123_TIMESTAMP_FORMAT } from './matchers-v2-formats';
import { regex } from './value-matchers';

/** Regular expressions of the named formats (the ones pact-js's V2 matchers use). */
export const FORMATS = {
  EMAIL: '^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$',
  ISO8601_DATE: '^\\d{4}-[01]\\d-[0-3]\\d$',
  ISO8601_DATETIME: '^\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d([+-][0-2]\\d:[0-5]\\d|Z)$',
  ISO8601_DATETIME_WITH_MILLIS:
    '^\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d\\.\\d+([+-][0-2]\\d(:?[0-5]\\d)?|Z)$',
  ISO8601_TIME: '^(T\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?(([+-]\\d\\d:\\d\\d)|Z)?)?$',
  RFC1123_TIMESTAMP: RFC1123_TIMESTAMP_FORMAT,
  IPV4: '^(\\d{1,3}\\.)+\\d{1,3}$',
  IPV6: IPV6_FORMAT,
  HEX: '^[0-9a-fA-F]+$',
  UUID: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
} as const;

/**
 * An email address.
 * @example email('hello@example.com')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export const email = (address = 'hello@pact.io'): V3RegexMatcher => regex(FORMATS.EMAIL, address);

/**
 * An IPv4 address.
 * @example ipv4Address('10.0.0.1')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export const ipv4Address = (ip = '127.0.0.13'): V3RegexMatcher => regex(FORMATS.IPV4, ip);

/**
 * An IPv6 address.
 * @example ipv6Address('::1')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export const ipv6Address = (ip = '::ffff:192.0.2.128'): V3RegexMatcher => regex(FORMATS.IPV6, ip);

/**
 * A hexadecimal string.
 * @example hexadecimal('3F')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export const hexadecimal = (hex = '3F'): V3RegexMatcher => regex(FORMATS.HEX, hex);

/**
 * An ISO 8601 date (`2024-01-31`).
 * @example iso8601Date('2024-01-31')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export const iso8601Date = (value = '2013-02-01'): V3RegexMatcher => regex(FORMATS.ISO8601_DATE, value);

/**
 * An ISO 8601 datetime without milliseconds (`2024-01-31T10:00:00Z`).
 * @example iso8601DateTime('2024-01-31T10:00:00Z')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export const iso8601DateTime = (value = '2015-08-06T16:53:10+01:00'): V3RegexMatcher =>
  regex(FORMATS.ISO8601_DATETIME, value);

/**
 * An ISO 8601 datetime with milliseconds (`2024-01-31T10:00:00.123Z`).
 * @example iso8601DateTimeWithMillis('2024-01-31T10:00:00.123Z')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export const iso8601DateTimeWithMillis = (value = '2015-08-06T16:53:10.123+01:00'): V3RegexMatcher =>
  regex(FORMATS.ISO8601_DATETIME_WITH_MILLIS, value);

/**
 * An ISO 8601 time (`T22:44:30.652Z`).
 * @example iso8601Time('T22:44:30.652Z')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export const iso8601Time = (value = 'T22:44:30.652Z'): V3RegexMatcher => regex(FORMATS.ISO8601_TIME, value);

/**
 * An RFC 1123 timestamp (`Mon, 31 Oct 2016 15:21:41 -0400`).
 * @example rfc1123Timestamp('Mon, 31 Oct 2016 15:21:41 -0400')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export const rfc1123Timestamp = (value = 'Mon, 31 Oct 2016 15:21:41 -0400'): V3RegexMatcher =>
  regex(FORMATS.RFC1123_TIMESTAMP, value);
