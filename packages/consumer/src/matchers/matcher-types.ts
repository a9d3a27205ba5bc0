/**
 * The JSON shapes of pact-js matchers (`{ 'pact:matcher:type': 'type', value, min }`), so templates
 * written for `@pact-foundation/pact` and for Treaty are the same values.
 */

/** A JSON value. */
export type AnyJson = boolean | number | string | null | JsonArray | JsonMap;
/** A JSON object. */
export interface JsonMap {
  [key: string]: AnyJson;
}
/** A JSON array. */
export type JsonArray = AnyJson[];

/** A matcher: the rule's name, an optional generator and the example value. */
export interface Matcher<T> {
  'pact:matcher:type': string;
  'pact:generator:type'?: string;
  value?: T | Record<string, T>;
}

/** A regular-expression matcher. */
export interface V3RegexMatcher extends Matcher<string> {
  regex: string;
  example?: string;
}

/** A type matcher over an array with a minimum length. */
export interface MinLikeMatcher<T> extends Matcher<T> {
  min: number;
}

/** A type matcher over an array with a maximum length. */
export interface MaxLikeMatcher<T> extends Matcher<T> {
  max: number;
}

/** A date, time or datetime matcher with its Java-style format. */
export interface DateTimeMatcher extends Matcher<string> {
  format: string;
}

/** An array that must contain items matching each variant. */
export interface ArrayContainsMatcher extends Matcher<unknown[]> {
  variants: unknown[];
}

/** A value injected from the provider state at verification time. */
export interface ProviderStateInjectedValue<T> extends Matcher<T> {
  expression: string;
}

/** A status code matcher (a class such as `success`, or a list of codes). */
export interface StatusCodeMatcher<T> extends Matcher<T> {
  status: HTTPResponseStatusClass | number[];
}

/** A matcher that applies other matchers to the keys or values of an object. */
export interface RulesMatcher<T> extends Matcher<T> {
  rules: Matcher<T>[];
}

/** HTTP status classes for {@link StatusCodeMatcher} (RFC 7231 ranges). */
export enum HTTPResponseStatusClass {
  Information = 'information',
  Success = 'success',
  Redirect = 'redirect',
  ClientError = 'clientError',
  ServerError = 'serverError',
  NonError = 'nonError',
  Error = 'error',
}

/** Pact specification versions, numbered as pact-js numbers them. */
export enum SpecificationVersion {
  SPECIFICATION_VERSION_V2 = 3,
  SPECIFICATION_VERSION_V3 = 4,
  SPECIFICATION_VERSION_V4 = 5,
}

/** A part of a request or response that matching rules apply to. */
export type Part = 'path' | 'body' | 'header' | 'query' | 'status';

/** A JSON path such as `$.items[*].id`. */
export type JSONPath = string;

/** Matching rules at one path. */
export interface Rule {
  path?: JSONPath;
  rules: Matcher<unknown>[];
}

/** Matching rules by part, as `matchingRules()` builders take them. */
export type Rules = Partial<Record<Part, Rule | Rule[]>>;

/** Header templates: values may be matchers. */
export type TemplateHeaders = Record<string, string | Matcher<string> | (Matcher<string> | string)[]>;

/** Query templates: values may be matchers. */
export type TemplateQuery = Record<
  string,
  string | Matcher<string | number | boolean> | (string | Matcher<string | number | boolean>)[]
>;

/** A request path: a literal or a matcher (usually `regex`). */
export type Path = string | Matcher<string>;
