/**
 * pact-js's `src/dsl/matchers`: each `MatchersV2` matcher and format as a named export
 * (`import { like, term } from '@pact-foundation/pact/src/dsl/matchers'`), and the V2 template types.
 */
import { MatchersV2 } from '../../index';
import type { AnyJson, MatcherV2 } from '../../index';

export type { MatcherV2 } from '../../index';

export const {
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
  isMatcher,
  validateExample,
  eachLike,
  somethingLike,
  like,
  term,
  regex,
  email,
  uuid,
  ipv4Address,
  ipv6Address,
  iso8601DateTime,
  iso8601DateTimeWithMillis,
  iso8601Date,
  iso8601Time,
  rfc1123Timestamp,
  hexadecimal,
  decimal,
  integer,
  boolean,
  string,
  extractPayload,
  matcherValueOrString,
} = MatchersV2;

/** `eachLike`'s matcher: a V2 matcher with its bounds. */
export interface ArrayMatcher<T> extends MatcherV2<T> {
  'pact:matcher:type': string;
  min?: number;
  max?: number;
}
/** `term`'s matcher: a V2 matcher with its regular expression. */
export interface RegexMatcher<T> extends MatcherV2<T> {
  regex: string;
}
/** Any value a V2 template holds: JSON, matchers, and objects and arrays of them. */
export type AnyTemplate = AnyJson | MatcherV2<AnyTemplate> | ArrayMatcher<AnyTemplate> | TemplateMap | AnyTemplate[];
/** An object of templates. */
interface TemplateMap {
  [key: string]: AnyTemplate;
}
/** An interface's template: each property any template. */
export type InterfaceToTemplate<O> = { [K in keyof O]: AnyTemplate };
