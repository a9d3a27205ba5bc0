/** pact-js's `src/dsl/message`: the message pact types. */
export type {
  Metadata,
  ProviderState,
  Message,
  ConcreteMessage,
  MessageDescriptor,
  MessageConsumer,
  MessageFromProvider,
  MessageFromProviderWithMetadata,
  MessageProvider,
  MessageProviders,
  MessageStateHandlers,
} from '../../index';
