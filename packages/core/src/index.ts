/**
 * @treaty/core: the pact model and the engine that decides whether a real request, response or
 * message satisfies an expected one. Pure: no network, no file system, no Node built-ins.
 */

// The model
export type {
  SpecVersion,
  MatchingRule,
  RuleList,
  MatchingRules,
  PactWarning,
  Generator,
  Generators,
  Body,
  ProviderState,
  HttpRequest,
  HttpResponse,
  Message,
  InteractionBase,
  HttpInteraction,
  AsynchronousMessageInteraction,
  SynchronousMessageInteraction,
  Interaction,
  Pact,
  MismatchType,
  Mismatch,
  MatchResult,
} from './model';

// Errors
export { TreatyError, defineErrors, isTreatyError } from './errors';
export type { ErrorLocation, ErrorFactory, MessageTemplate } from './errors';
export { coreErrors } from './core-errors';

// Pact files
export { parsePact } from './pact-file/parse-pact';
export type { ParsePactOptions } from './pact-file/parse-pact';
export { serializePact } from './pact-file/serialize-pact';
export type { SerializePactOptions, WritableSpecVersion } from './pact-file/serialize-pact';
export { normalizeRequest, normalizeResponse, normalizeMessage } from './pact-file/normalize';
export type { NormalizeOptions, PartDefaults } from './pact-file/normalize';
export { pactContentSha } from './content-sha';
export { canonicalJson } from './canonical-json';

// Bodies and queries as transports see them
export { parseBody, encodeBody } from './body/parse-body';
export { parseQueryString, formatQueryString } from './body/query-string';
export { bareMediaType, isJsonType, isTextType } from './body/content-type';
export type { BodyKind } from './body/content-type';

// Matching
export {
  matchRequest,
  matchResponse,
  matchMessage,
  matchHttpRequest,
  matchHttpResponse,
  matchMessageContents,
} from './matching';
export type { MatchOptions } from './matching';
export { appendJsonPath } from './json-path/json-path';

// Matching-rule definitions of the plugin language (`matching(number, 3)`)
export { parseRuleExpression, isRuleExpression } from './rule-expression/parse-rule-expression';
export type { RuleDefinition } from './rule-expression/parse-rule-expression';

// Generators
export { generateRequest, generateResponse, generateMessage } from './generators';
export type { GeneratorContext } from './generators';

// Reports
export { formatMismatches } from './format/format-mismatches';
export type { FormatOptions } from './format/format-mismatches';

// Content types, as other packages classify bodies (one implementation: @treaty/openapi uses these)
export { parseMediaType, mediaTypeMatches, bodyKindOf } from './matching/media-type';
export type { MediaType } from './matching/media-type';
export { parseMultipart } from './matching/compare-multipart';
export type { Part as MultipartPart } from './matching/compare-multipart';
