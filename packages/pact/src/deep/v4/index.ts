/** pact-js's `src/v4`: PactV4 (also as `Pact`), its options and its GraphQL and message builders. */
export {
  PactV4,
  Pact,
  UnconfiguredGraphQLInteraction,
  GraphQLInteractionWithRequest,
  UnconfiguredSynchronousMessage,
  SynchronousMessageWithRequest,
  SynchronousMessageWithResponse,
  SynchronousMessageWithRequestBuilder,
  SynchronousMessageWithResponseBuilder,
  SynchronousMessageWithPlugin,
  SynchronousMessageWithPluginContents,
  SynchronousMessageWithTransport,
  AsynchronousMessageWithPlugin,
  AsynchronousMessageWithPluginContents,
  v4SynchronousBodyHandler,
  v4AsynchronousBodyHandler,
} from '../../index';
export type { PactV4Options, PactOptions, V4MessageConsumer } from '../../index';
