/**
 * @treaty/consumer: consumer-side contract testing. A pact-js compatible DSL, matchers, a mock
 * server per test, and pact files written safely from parallel test workers.
 */
import * as MatchersV2 from './matchers/matchers-v2';
import * as MatchersV3 from './matchers/matchers-v3';

// Pacts (pact-js names)
export { PactV4, PactV4 as Pact } from './dsl/pact-v4';
export { PactV3 } from './dsl/pact-v3';
export { PactV2 } from './dsl/pact-v2';
export type { PactV2Options, PactV2OptionsComplete } from './dsl/pact-v2';
export { Interaction, interactionToInteractionObject } from './dsl/v2-interaction';
export type { InteractionObject, InteractionStateComplete, V2Request } from './dsl/v2-interaction';
export { GraphQLInteraction, ApolloGraphQLInteraction } from './dsl/v2-graphql-interaction';
export {
  UnconfiguredSynchronousMessage,
  SynchronousMessageWithRequest,
  SynchronousMessageWithResponse,
  SynchronousMessagePartBuilder as SynchronousMessageWithRequestBuilder,
  SynchronousMessagePartBuilder as SynchronousMessageWithResponseBuilder,
} from './dsl/v4-sync-message';
export { GraphQLPactV3 } from './dsl/graphql-pact-v3';
export { UnconfiguredAsynchronousMessage, AsynchronousMessageWithContent } from './dsl/v4-async-message';
export { MessageConsumerPact, synchronousBodyHandler, asynchronousBodyHandler } from './dsl/message-consumer-pact';
export type {
  MessageConsumerOptions,
  MessageConsumer,
  ConcreteMessage,
  MessageProviderState,
} from './dsl/message-consumer-pact';
export type { PactV4Options, PactV4Options as PactOptions, PactV3Options } from './dsl/pact-options';
export type { V3MockServer, V4MockServer } from './dsl/run-http-test';
export type { V3Request, V3Response, V3Interaction, V3ProviderState } from './dsl/v3-types';
export type { V4Request, V4Response, V4InteractionWithCompleteRequest } from './dsl/v4-http-types';
export type {
  V4UnconfiguredInteraction,
  V4InteractionWithRequest,
  V4InteractionWithResponse,
  V4RequestBuilder,
  V4ResponseBuilder,
  V4RequestBuilderFunc,
  V4ResponseBuilderFunc,
} from './dsl/v4-http-types';
export type { Comment, CustomComment } from './dsl/interaction-meta';
export type { AsynchronousMessage, Metadata } from './dsl/v4-async-message';
export type { SynchronousMessage } from './dsl/v4-sync-message';
export { v4SynchronousBodyHandler, v4AsynchronousBodyHandler } from './dsl/v4-body-handlers';
export { OperationType, ConfigurationError, GraphQLQueryError } from './dsl/pact-js-names';
export { UnconfiguredGraphQLInteraction, GraphQLInteractionWithRequest } from './dsl/v4-graphql';
export { escapeGraphQlQuery } from './dsl/graphql-query';
export type { GraphQLDocument, GraphQLVariables } from './dsl/graphql-query';

// XML bodies
export { XmlBuilder, XmlElement, XmlNode, XmlText } from './xml/xml-builder';
export type { XmlAttributes, XmlCallback, XmlTextContent } from './xml/xml-builder';

// Matchers
export { MatchersV3, MatchersV3 as Matchers, MatchersV2 };
export type { MatcherV2 } from './matchers/matchers-v2';
export { reify, reify as extractPayload, isMatcher } from './matchers/reify';
export { SpecificationVersion, HTTPResponseStatusClass } from './matchers/matcher-types';
export type {
  AnyJson,
  JsonMap,
  Matcher,
  V3RegexMatcher,
  MinLikeMatcher,
  MaxLikeMatcher,
  StatusCodeMatcher,
  Rules,
  TemplateHeaders,
  TemplateQuery,
  Path,
  ArrayContainsMatcher,
  DateTimeMatcher,
  ProviderStateInjectedValue,
  RulesMatcher,
  Rule,
  Part,
  JSONPath,
} from './matchers/matcher-types';
export { extractTemplate } from './template/extract-template';
export type { ExtractedTemplate } from './template/extract-template';

// Mock server and pact files
export { startMockServer } from './mock-server/mock-server';
export type { MockServer, MockServerOptions, MockRequestLog } from './mock-server/mock-server';
export { flushPacts, pactFilePath } from './pact-file/pact-registry';
export { writePactFile } from './pact-file/write-pact-file';
export type { PactFileUpdate } from './pact-file/write-pact-file';

// Errors
export { consumerErrors } from './errors';
