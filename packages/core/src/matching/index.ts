import type { MatchResult, SpecVersion } from '../model';
import { normalizeMessage, normalizeRequest, normalizeResponse } from '../pact-file/normalize';
import { matchHttpRequest, matchHttpResponse, matchMessageContents } from './match-http';

export { matchHttpRequest, matchHttpResponse, matchMessageContents };

/** Options of the file-shaped matchers. */
export interface MatchOptions {
  /** The specification version `expected` and `actual` are written in. Defaults to V4. */
  specVersion?: SpecVersion;
}

// Parts the expected side leaves out (the specification's response cases have no status) are "don't care":
// the expected side takes the actual value, so that only what was specified is compared.

/**
 * Match an actual request against an expected one, both pact-file JSON (`unknown`, as written in a pact file of
 * `specVersion`): they are normalised first. For model values (`HttpRequest`) use `matchHttpRequest`.
 * @example matchRequest({ method: 'GET', path: '/a' }, { method: 'get', path: '/a' }, { specVersion: 'V3' }).ok // true
 * @throws TreatyError TREATY_CORE_INVALID_PACT when either request is malformed.
 */
export function matchRequest(expected: unknown, actual: unknown, options: MatchOptions = {}): MatchResult {
  const version = options.specVersion ?? 'V4';
  const a = normalizeRequest(actual, version, { defaults: { method: 'GET', path: '/' } });
  return matchHttpRequest(normalizeRequest(expected, version, { defaults: { method: a.method, path: a.path } }), a);
}

/**
 * Match an actual response against an expected one, both pact-file JSON as written in a pact file of `specVersion`.
 * For model values (`HttpResponse`) use `matchHttpResponse`.
 * @example matchResponse({ status: 200 }, { status: 200, body: { a: 1 } }, { specVersion: 'V2' }).ok // true
 * @throws TreatyError TREATY_CORE_INVALID_PACT when either response is malformed.
 */
export function matchResponse(expected: unknown, actual: unknown, options: MatchOptions = {}): MatchResult {
  const version = options.specVersion ?? 'V4';
  const a = normalizeResponse(actual, version, { defaults: { status: 200 } });
  return matchHttpResponse(normalizeResponse(expected, version, { defaults: { status: a.status } }), a);
}

/**
 * Match an actual message against an expected one, both pact-file JSON as written in a pact file of `specVersion`.
 * For model values (`Message`) use `matchMessageContents`.
 * @example matchMessage({ contents: { a: 1 } }, { contents: { a: 1, b: 2 } }, { specVersion: 'V3' }).ok // true
 * @throws TreatyError TREATY_CORE_INVALID_PACT when either message is malformed.
 */
export function matchMessage(expected: unknown, actual: unknown, options: MatchOptions = {}): MatchResult {
  const version = options.specVersion ?? 'V4';
  return matchMessageContents(normalizeMessage(expected, version), normalizeMessage(actual, version));
}
