/**
 * @treaty/pact: a drop-in replacement for `@pact-foundation/pact`. Replace the import and keep the
 * tests: everything below carries pact-js's names. No native binary.
 */

// ---- Consumer side (owned by @treaty/consumer) ----
export {
  Pact,
  PactV4,
  PactV3,
  GraphQLPactV3,
  MessageConsumerPact,
  synchronousBodyHandler,
  asynchronousBodyHandler,
  MatchersV3,
  Matchers,
  SpecificationVersion,
  HTTPResponseStatusClass,
  UnconfiguredGraphQLInteraction,
  GraphQLInteractionWithRequest,
  escapeGraphQlQuery,
  reify,
  extractPayload,
  flushPacts,
} from '@treaty/consumer';
export type {
  PactOptions,
  PactV4Options,
  PactV3Options,
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
