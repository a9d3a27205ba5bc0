/**
 * @treaty/provider: verify a provider against its consumers' pacts (files, URLs or a Pact Broker) and its OpenAPI
 * document, and publish the results to the broker.
 */

// Verifying
export { verifyProvider } from './verify-provider';
export { waitForProvider } from './wait-for-provider';
export { Verifier, MessageProviderPact } from './verifier';
export type { MessageProviderPactOptions, MessageStateHandlers } from './verifier';
export { providerWithMetadata } from './provider-with-metadata';
export { providerErrors } from './errors';

// Broker
export { forVerificationBody } from './broker/pacts-for-verification';
export { verificationResultBody } from './broker/publish-results';

// Reports
export { renderJunit } from './reporters/junit-reporter';
export type { Reporter } from './reporters/reporter';

// Types
export type {
  VerifierOptions,
  StateHandlers,
  StateHandler,
  StateFunc,
  JsonMap,
  MessageProviders,
  MessageProvider,
  MessageDescriptor,
  MessageWithMetadata,
  RequestFilter,
  FilterRequest,
  ConsumerVersionSelector,
  ReporterSpec,
  VerificationReport,
  PactResult,
  InteractionResult,
} from './types';
