import { consumerErrors } from '../errors';
import type { AnyJson, Matcher, StatusCodeMatcher } from './matcher-types';

/**
 * True when `x` is a pact matcher object (has `pact:matcher:type`).
 * @example isMatcher(like(1)) // true
 */
export function isMatcher(x: unknown): x is Matcher<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)['pact:matcher:type'] === 'string';
}

/**
 * True when `status` is a status code matcher.
 * @example isStatusCodeMatcher(matchStatus(200, [200, 201])) // true
 */
export function isStatusCodeMatcher(status: number | StatusCodeMatcher<number>): status is StatusCodeMatcher<number> {
  return isMatcher(status) && status['pact:matcher:type'] === 'statusCode';
}

/**
 * Strip matchers from a template, leaving the example value.
 * @example reify({ id: integer(1) }) // { id: 1 }
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the template holds a function, symbol or undefined.
 */
export function reify<T extends AnyJson = AnyJson>(input: unknown): T {
  return reifyValue(input) as T;
}

function reifyValue(input: unknown): unknown {
  if (isMatcher(input)) {
    if (input['pact:matcher:type'] === 'arrayContains')
      return (input as unknown as { variants: unknown[] }).variants.map(reifyValue);
    return reifyValue(input.value);
  }
  if (Array.isArray(input)) return input.map(reifyValue);
  if (input === null) return null;
  if (typeof input === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input as Record<string, unknown>)) out[key] = reifyValue(value);
    return out;
  }
  if (typeof input === 'number' || typeof input === 'string' || typeof input === 'boolean') return input;
  throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['reify', `a '${typeof input}' is not a JSON value`]);
}

/**
 * A string as it is, anything else as JSON (how pact-js passes templates to its native core).
 * @example matcherValueOrString(1) // '1'
 */
export function matcherValueOrString(obj: unknown): string {
  return typeof obj === 'string' ? obj : JSON.stringify(obj);
}
