import type { MatchResult, SpecVersion } from '../model';
import { normalizeMessage, normalizeRequest, normalizeResponse } from '../pact-file/normalize';
import { matchHttpRequest, matchHttpResponse, matchMessageContents } from './match-http';

export { matchHttpRequest, matchHttpResponse, matchMessageContents };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Parts the expected side leaves out (the specification's response cases have no status) are
// "don't care": both sides take the actual value so that only what was specified is compared.
function fillUnspecified(expected: unknown, actual: unknown, keys: Record<string, unknown>): [unknown, unknown] {
  if (!isRecord(expected) || !isRecord(actual)) return [expected, actual];
  const e = { ...expected };
  const a = { ...actual };
  for (const [key, fallback] of Object.entries(keys)) {
    if (a[key] === undefined) a[key] = fallback;
    if (e[key] === undefined) e[key] = a[key];
  }
  return [e, a];
}

// A V4 body written as `null` (no body object at all) reads as a null body.
function nullBody(json: unknown, key: string, version: SpecVersion): unknown {
  if (version !== 'V4' || !isRecord(json) || json[key] !== null) return json;
  return { ...json, [key]: { content: null } };
}

/** Options of the file-shaped matchers. */
export interface MatchOptions {
  /** The specification version `expected` and `actual` are written in. Defaults to V4. */
  specVersion?: SpecVersion;
}

/**
 * Match an actual request against an expected one, both as they stand in a pact file of `specVersion`.
 * @example matchRequest({ method: 'GET', path: '/a' }, { method: 'get', path: '/a' }, { specVersion: 'V3' }).ok // true
 * @throws TreatyError TREATY_CORE_INVALID_PACT when either request is malformed.
 */
export function matchRequest(expected: unknown, actual: unknown, options: MatchOptions = {}): MatchResult {
  const version = options.specVersion ?? 'V4';
  const [e, a] = fillUnspecified(nullBody(expected, 'body', version), nullBody(actual, 'body', version), { method: 'GET', path: '/' });
  return matchHttpRequest(normalizeRequest(e, version), normalizeRequest(a, version));
}

/**
 * Match an actual response against an expected one, both as they stand in a pact file of `specVersion`.
 * @example matchResponse({ status: 200 }, { status: 200, body: { a: 1 } }, { specVersion: 'V2' }).ok // true
 * @throws TreatyError TREATY_CORE_INVALID_PACT when either response is malformed.
 */
export function matchResponse(expected: unknown, actual: unknown, options: MatchOptions = {}): MatchResult {
  const version = options.specVersion ?? 'V4';
  const [e, a] = fillUnspecified(nullBody(expected, 'body', version), nullBody(actual, 'body', version), { status: 200 });
  return matchHttpResponse(normalizeResponse(e, version), normalizeResponse(a, version));
}

/**
 * Match an actual message against an expected one, both as they stand in a pact file of `specVersion`.
 * @example matchMessage({ contents: { a: 1 } }, { contents: { a: 1, b: 2 } }, { specVersion: 'V3' }).ok // true
 * @throws TreatyError TREATY_CORE_INVALID_PACT when either message is malformed.
 */
export function matchMessage(expected: unknown, actual: unknown, options: MatchOptions = {}): MatchResult {
  const version = options.specVersion ?? 'V4';
  return matchMessageContents(normalizeMessage(nullBody(expected, 'contents', version), version), normalizeMessage(nullBody(actual, 'contents', version), version));
}
