import type { HttpRequest, HttpResponse, MatchResult, MatchingRules, Message, Mismatch } from '../model';
import { viewBody } from './body-content';
import { compareBodies } from './compare-body';
import { matchHeaders } from './match-headers';
import { matchMetadata, metadataContentType } from './match-metadata';
import { matchMethod, matchPath, matchQuery, matchStatus } from './match-parts';

function headerContentType(headers: Record<string, string[]> | undefined): string | undefined {
  if (headers === undefined) return undefined;
  for (const name in headers) {
    if (name.length === 12 && name.toLowerCase() === 'content-type') return headers[name].join(', ');
  }
  return undefined;
}

function result(mismatches: Mismatch[]): MatchResult {
  return { ok: mismatches.length === 0, mismatches };
}

function bodyRules(rules: MatchingRules | undefined) {
  return rules?.body ?? rules?.content;
}

/** The mismatches of an HTTP body, each side read by its own Content-Type header. */
function httpBodyMismatches<Part extends HttpRequest | HttpResponse>(
  expected: Part,
  actual: Part,
  allowUnexpectedKeys: boolean,
): Mismatch[] {
  const expectedBody = viewBody(expected.body, headerContentType(expected.headers));
  const actualBody = viewBody(actual.body, headerContentType(actual.headers));
  return compareBodies(expectedBody, actualBody, { rules: bodyRules(expected.matchingRules), allowUnexpectedKeys });
}

/**
 * Match an actual request against an expected one, both in the model (`HttpRequest`, as `parsePact` gives): method,
 * path, query (strict), headers, and body (strict about unexpected keys). For pact-file JSON use `matchRequest`.
 * @example matchHttpRequest(expected, { method: 'GET', path: '/orders' }).ok
 */
export function matchHttpRequest(expected: HttpRequest, actual: HttpRequest): MatchResult {
  const rules = expected.matchingRules;
  return result([
    ...matchMethod(expected.method, actual.method, rules?.method),
    ...matchPath(expected.path, actual.path, rules?.path),
    ...matchQuery(expected.query, actual.query, rules?.query),
    ...matchHeaders(expected.headers, actual.headers, rules?.header ?? rules?.headers),
    ...httpBodyMismatches(expected, actual, false),
  ]);
}

/**
 * Match an actual response against an expected one, both in the model (`HttpResponse`): status, headers, and body
 * (unexpected keys allowed). For pact-file JSON use `matchResponse`.
 * @example matchHttpResponse({ status: 200 }, { status: 200, body: { content: { a: 1 } } }).ok // true
 */
export function matchHttpResponse(expected: HttpResponse, actual: HttpResponse): MatchResult {
  const rules = expected.matchingRules;
  return result([
    ...matchStatus(expected.status, actual.status, rules?.status),
    ...matchHeaders(expected.headers, actual.headers, rules?.header ?? rules?.headers),
    ...httpBodyMismatches(expected, actual, true),
  ]);
}

/**
 * Match an actual message against an expected one, both in the model (`Message`): contents (unexpected keys
 * allowed) and metadata. For pact-file JSON use `matchMessage`.
 * @example matchMessageContents({ contents: { content: { a: 1 } } }, { contents: { content: { a: 1, b: 2 } } }).ok
 */
export function matchMessageContents(expected: Message, actual: Message): MatchResult {
  const rules = expected.matchingRules;
  return result([
    ...compareBodies(
      viewBody(expected.contents, metadataContentType(expected.metadata)),
      viewBody(actual.contents, metadataContentType(actual.metadata)),
      {
        rules: bodyRules(rules),
        allowUnexpectedKeys: true,
      },
    ),
    ...matchMetadata(expected.metadata, actual.metadata, rules?.metadata),
  ]);
}
