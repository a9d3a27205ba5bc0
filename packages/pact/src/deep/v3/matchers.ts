/**
 * pact-js's `src/v3/matchers`: each `MatchersV3` matcher as a named export
 * (`import { like, eachLike } from '@pact-foundation/pact/src/v3/matchers'`), and the matcher types.
 */
import { MatchersV3 } from '../../index';

export * from './types';
export type { StatusCodeMatcher } from '@treaty/consumer';

export const {
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
  eachLike,
  atLeastOneLike,
  atLeastLike,
  atMostLike,
  constrainedArrayLike,
  arrayContaining,
  datetime,
  timestamp,
  time,
  date,
  email,
  ipv4Address,
  ipv6Address,
  hexadecimal,
  iso8601Date,
  iso8601DateTime,
  iso8601DateTimeWithMillis,
  iso8601Time,
  rfc1123Timestamp,
  url,
  url2,
  uuid,
  isMatcher,
  isStatusCodeMatcher,
  reify,
  extractPayload,
  matcherValueOrString,
  HTTPResponseStatusClass,
} = MatchersV3;
