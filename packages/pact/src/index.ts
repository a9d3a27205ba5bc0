/**
 * @treaty/pact: a drop-in replacement for `@pact-foundation/pact`. Replace the import and keep the
 * tests: everything below carries pact-js's names. No native binary.
 */

// ---- Consumer side (owned by @treaty/consumer) ----
// PactV4 adds pact-js's plugin API (protobuf/gRPC built in, from @treaty/grpc).
export {
  PactV4,
  PactV4 as Pact,
  PluginCapableSynchronousMessage,
  PluginCapableSynchronousMessage as UnconfiguredSynchronousMessage,
  PluginCapableAsynchronousMessage,
} from './plugins/pact-v4';
export { AsynchronousMessageWithPlugin, AsynchronousMessageWithPluginContents } from './plugins/plugin-message';
export {
  SynchronousMessageWithPlugin,
  SynchronousMessageWithPluginContents,
  SynchronousMessageWithTransport,
} from './plugins/plugin-interaction';
export type { PluginConfig, TransportConfig } from './plugins/plugin-interaction';
export {
  PactV3,
  PactV2,
  Interaction,
  interactionToInteractionObject,
  GraphQLInteraction,
  ApolloGraphQLInteraction,
  SynchronousMessageWithRequest,
  SynchronousMessageWithResponse,
  SynchronousMessageWithRequestBuilder,
  SynchronousMessageWithResponseBuilder,
  GraphQLPactV3,
  MessageConsumerPact,
  synchronousBodyHandler,
  asynchronousBodyHandler,
  MatchersV3,
  MatchersV2,
  Matchers,
  SpecificationVersion,
  HTTPResponseStatusClass,
  UnconfiguredGraphQLInteraction,
  GraphQLInteractionWithRequest,
  escapeGraphQlQuery,
  reify,
  extractPayload,
  flushPacts,
  XmlBuilder,
  XmlElement,
  XmlNode,
  XmlText,
  v4SynchronousBodyHandler,
  v4AsynchronousBodyHandler,
  OperationType,
  ConfigurationError,
  GraphQLQueryError,
} from '@treaty/consumer';
export type {
  PactOptions,
  PactV4Options,
  PactV3Options,
  PactV2Options,
  InteractionObject,
  MatcherV2,
  XmlAttributes,
  XmlCallback,
  MessageConsumerOptions,
  MessageConsumer,
  ConcreteMessage,
  V3MockServer,
  V4MockServer,
  V3Request,
  V3Response,
  V3Interaction,
  V3ProviderState,
  V4UnconfiguredInteraction,
  V4InteractionWithRequest,
  V4InteractionWithResponse,
  V4RequestBuilder,
  V4ResponseBuilder,
  AsynchronousMessage,
  SynchronousMessage,
  Metadata,
  AnyJson,
  JsonMap,
  Matcher,
  V3RegexMatcher,
  Rules,
  TemplateHeaders,
  TemplateQuery,
  Path,
} from '@treaty/consumer';

// ---- Provider side (owned by @treaty/provider; the provider helper adds Verifier,
// ---- providerWithMetadata, MessageProviderPact and their types here) ----
export { Verifier, MessageProviderPact, providerWithMetadata } from '@treaty/provider';
export type {
  VerifierOptions,
  StateHandlers,
  StateHandler,
  MessageProviders,
  MessageProvider,
  MessageDescriptor,
  MessageProviderPactOptions,
  MessageStateHandlers,
  VerificationReport,
} from '@treaty/provider';

// ---- pact-js's remaining type names, built from the types above ----
export type * from './pact-js-types';
