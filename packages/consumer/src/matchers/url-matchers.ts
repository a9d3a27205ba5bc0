import { consumerErrors } from '../errors';
import type { V3RegexMatcher } from './matcher-types';
import { isMatcher } from './reify';
import { FORMATS } from './format-matchers';

type Fragment = string | V3RegexMatcher | RegExp;

function fragmentRegex(p: Fragment): string {
  if (p instanceof RegExp) return `\\/${p.source}`;
  if (isMatcher(p)) return `\\/${p.regex}`;
  return `\\/${p.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&')}`;
}

function fragmentExample(p: Fragment): string {
  if (p instanceof RegExp) {
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER([
      'url',
      `use regex(${String(p)}, example) so the fragment has an example`,
    ]);
  }
  return `/${isMatcher(p) ? String(p.value) : p}`;
}

/**
 * A URL made of a base and path fragments (fragments may be regex matchers); with a null base the mock server's URL is
 * used.
 * @example url2('http://api', ['orders', regex(/\d+/, '1')])
 * @throws TREATY_CONSUMER_INVALID_MATCHER for a bare RegExp fragment (it has no example).
 */
export function url2(basePath: string | null, pathFragments: Fragment[]): V3RegexMatcher {
  const pattern = `.*(${pathFragments.map(fragmentRegex).join('')})$`;
  const example = [basePath ?? 'http://localhost:8080', ...pathFragments.map(fragmentExample)].join('');
  if (basePath === null) {
    return {
      'pact:matcher:type': 'regex',
      'pact:generator:type': 'MockServerURL',
      regex: pattern,
      value: example,
      example,
    };
  }
  return { 'pact:matcher:type': 'regex', regex: pattern, value: example };
}

/**
 * A URL on the mock server made of path fragments; the provider may use any base URL.
 * @example url(['orders', regex(/\d+/, '1')])
 * @throws TREATY_CONSUMER_INVALID_MATCHER for a bare RegExp fragment.
 */
export function url(pathFragments: Fragment[]): V3RegexMatcher {
  return url2(null, pathFragments);
}

/**
 * A UUID; without an example a random one is generated.
 * @example uuid('e2490de5-5bd3-43d5-b7c4-526e33f71304')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example is not a lower-case UUID.
 */
export function uuid(example?: string): V3RegexMatcher {
  if (example === undefined) {
    return {
      'pact:matcher:type': 'regex',
      regex: FORMATS.UUID,
      'pact:generator:type': 'Uuid',
      value: 'e2490de5-5bd3-43d5-b7c4-526e33f71304',
    };
  }
  if (!new RegExp(`^${FORMATS.UUID}$`).test(example)) {
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['uuid', `'${example}' is not a UUID`]);
  }
  return { 'pact:matcher:type': 'regex', regex: FORMATS.UUID, value: example };
}
