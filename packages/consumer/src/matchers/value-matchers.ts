import { consumerErrors } from '../errors';
import type {
  HTTPResponseStatusClass,
  Matcher,
  ProviderStateInjectedValue,
  RulesMatcher,
  StatusCodeMatcher,
  V3RegexMatcher,
} from './matcher-types';

/**
 * The value must have the type of the template (cascades to children).
 * @example like({ id: 1, name: 'a' })
 */
export const like = <T>(template: T): Matcher<T> => ({ 'pact:matcher:type': 'type', value: template });

/**
 * The value must be a boolean.
 * @example boolean(false)
 */
export const boolean = (b = true): Matcher<boolean> => ({ 'pact:matcher:type': 'type', value: b });

/**
 * The value must be an integer; without an example, a random one is generated.
 * @example integer(42)
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example is not an integer.
 */
export const integer = (int?: number): Matcher<number> => {
  if (Number.isInteger(int)) return { 'pact:matcher:type': 'integer', value: int };
  if (int !== undefined) throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['integer', `${int} is not an integer`]);
  return { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'integer', value: 101 };
};

/**
 * The value must be a decimal number; without an example, a random one is generated.
 * @example decimal(9.99)
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example is not a finite number.
 */
export const decimal = (num?: number): Matcher<number> => {
  if (Number.isFinite(num)) return { 'pact:matcher:type': 'decimal', value: num };
  if (num !== undefined) throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['decimal', `${num} is not a number`]);
  return { 'pact:generator:type': 'RandomDecimal', 'pact:matcher:type': 'decimal', value: 12.34 };
};

/**
 * The value must be a number; without an example, a random integer is generated.
 * @example number(3)
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example is not a finite number.
 */
export function number(num?: number): Matcher<number> {
  if (Number.isFinite(num)) return { 'pact:matcher:type': 'number', value: num };
  if (num !== undefined) throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['number', `${num} is not a number`]);
  return { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'number', value: 1234 };
}

/**
 * The value must be a string.
 * @example string('pending')
 */
export function string(str = 'some string'): Matcher<string> {
  return { 'pact:matcher:type': 'type', value: str };
}

/**
 * The value must match the regular expression; the example must match it too.
 * @example regex(/\d+/, '42')
 * @throws TREATY_CONSUMER_INVALID_MATCHER when the example does not match.
 */
export function regex(pattern: RegExp | string, str: string): V3RegexMatcher {
  const source = pattern instanceof RegExp ? pattern.source : pattern;
  if (!new RegExp(source).test(str)) {
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER(['regex', `example '${str}' does not match /${source}/`]);
  }
  return { 'pact:matcher:type': 'regex', regex: source, value: str };
}

/**
 * The value must equal the example (resets cascading rules).
 * @example equal('v1')
 */
export const equal = <T>(value: T): Matcher<T> => ({ 'pact:matcher:type': 'equality', value });

/**
 * The string must include the value.
 * @example includes('order')
 */
export function includes(value: string): Matcher<string> {
  return { 'pact:matcher:type': 'include', value };
}

/**
 * The value must be JSON null.
 * @example nullValue()
 */
export function nullValue(): Matcher<null> {
  return { 'pact:matcher:type': 'null', value: null };
}

/**
 * The content type of a body or multipart part must be this one.
 * @example contentType('image/png')
 */
export const contentType = (contentTypeValue: string): Matcher<string> => ({
  'pact:matcher:type': 'contentType',
  value: contentTypeValue,
});

/**
 * The status must be in a class (`success`) or in a list of codes.
 * @example matchStatus(201, [200, 201])
 */
export const matchStatus = (
  example: number,
  status: HTTPResponseStatusClass | number[],
): StatusCodeMatcher<number> => ({
  'pact:matcher:type': 'statusCode',
  status,
  value: example,
});

/**
 * Every key of the object must match the matchers (values are ignored).
 * @example eachKeyMatches({ en: 'Hello' }, regex(/[a-z]{2}/, 'en'))
 */
export const eachKeyMatches = (
  example: Record<string, unknown>,
  matchers: Matcher<string> | Matcher<string>[] = like('key'),
): RulesMatcher<unknown> => ({
  'pact:matcher:type': 'eachKey',
  rules: Array.isArray(matchers) ? matchers : [matchers],
  value: example,
});

/**
 * Every value of the object must match the matchers (keys are ignored).
 * @example eachValueMatches({ a: 'x' }, string('x'))
 */
export const eachValueMatches = <T>(
  example: Record<string, T>,
  matchers: Matcher<T> | Matcher<T>[],
): RulesMatcher<T> => ({
  'pact:matcher:type': 'eachValue',
  rules: Array.isArray(matchers) ? matchers : [matchers],
  value: example,
});

/**
 * Deprecated pact-js form: any key, each value like the template.
 * @example eachKeyLike('id', { name: 'a' })
 */
export const eachKeyLike = <T>(keyTemplate: string, template: T): Matcher<T> => ({
  'pact:matcher:type': 'values',
  value: { [keyTemplate]: template },
});

/**
 * A value the provider fills in from its provider state (`${id}` expressions); the example is used by the consumer.
 * @example fromProviderState('/orders/${id}', '/orders/1')
 */
export function fromProviderState<V>(expression: string, exampleValue: V): ProviderStateInjectedValue<V> {
  return { 'pact:matcher:type': 'type', 'pact:generator:type': 'ProviderState', expression, value: exampleValue };
}
