/**
 * The pact-js `MatchersV3` namespace: every matcher under its pact-js name.
 * Imported as a namespace (`import * as MatchersV3`) by the package index.
 */
export {
  like,
  boolean,
  integer,
  decimal,
  number,
  string,
  regex,
  equal,
  includes,
  nullValue,
  contentType,
  matchStatus,
  eachKeyMatches,
  eachValueMatches,
  eachKeyLike,
  fromProviderState,
} from './value-matchers';
export {
  eachLike,
  atLeastOneLike,
  atLeastLike,
  atMostLike,
  constrainedArrayLike,
  arrayContaining,
} from './array-matchers';
export { datetime, timestamp, time, date } from './date-matchers';
export {
  email,
  ipv4Address,
  ipv6Address,
  hexadecimal,
  iso8601Date,
  iso8601DateTime,
  iso8601DateTimeWithMillis,
  iso8601Time,
  rfc1123Timestamp,
} from './format-matchers';
export { url, url2, uuid } from './url-matchers';
export { isMatcher, isStatusCodeMatcher, reify, reify as extractPayload, matcherValueOrString } from './reify';
export { HTTPResponseStatusClass, SpecificationVersion } from './matcher-types';
export type {
  AnyJson,
  JsonMap,
  JsonArray,
  Matcher,
  V3RegexMatcher,
  MinLikeMatcher,
  MaxLikeMatcher,
  DateTimeMatcher,
  ArrayContainsMatcher,
  ProviderStateInjectedValue,
  StatusCodeMatcher,
  RulesMatcher,
  Part,
  JSONPath,
  Rule,
  Rules,
  TemplateHeaders,
  TemplateQuery,
  Path,
} from './matcher-types';
