/**
 * Type names pact-js exports that Treaty has under other names or not at all, so that `import type { X }
 * from '@pact-foundation/pact'` keeps compiling after the switch. Each mirrors pact-js's declaration.
 */
import type {
  AnyJson,
  ConcreteMessage,
  InteractionStateComplete as TreatyInteractionStateComplete,
  MatcherV2,
  Metadata,
  TemplateQuery,
  V2Request,
} from '@treaty/consumer';
import type { MessageProviders, MessageStateHandlers, VerifierOptions } from '@treaty/provider';

export type {
  ArrayContainsMatcher,
  DateTimeMatcher,
  MaxLikeMatcher,
  MinLikeMatcher,
  ProviderStateInjectedValue,
  RulesMatcher,
  Rule,
  Part,
  JSONPath,
  PactV2OptionsComplete,
  V4Request,
  V4Response,
  V4InteractionWithCompleteRequest,
} from '@treaty/consumer';

/** pact-js's log levels (accepted, unused: Treaty logs nothing). */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';
/** How a run treats an existing pact file. */
export type PactfileWriteMode = 'overwrite' | 'update' | 'merge';
/** The PactV2 options pact-js fills in with defaults. */
export interface MandatoryPactV2Options {
  cors: boolean;
  dir: string;
  host: string;
  log: string;
  logLevel: LogLevel;
  pactfileWriteMode: PactfileWriteMode;
  port: number;
  spec: number;
  ssl: boolean;
}
/** V2 request headers (values may be V2 matchers). */
export type Headers = Record<string, string | MatcherV2<string> | (MatcherV2<string> | string)[]>;
/** A V2 query: a string or an object of values. */
export type Query = string | TemplateQuery;
/** A V2 request (pact-js `RequestOptions`). */
export type RequestOptions = V2Request;
/** A V2 response (pact-js `ResponseOptions`). */
export interface ResponseOptions {
  status: number;
  headers?: Headers;
  body?: unknown;
}
/** A V2 interaction being built. */
export type InteractionState = Partial<TreatyInteractionStateComplete>;
/** A complete V2 interaction. */
export type InteractionStateComplete = TreatyInteractionStateComplete;
/** A pact's participant. */
export interface Pacticipant {
  name: string;
}
/** What PactV2's mock service writes. */
export interface PactDetails {
  consumer?: Pacticipant;
  provider?: Pacticipant;
  pactfile_write_mode: PactfileWriteMode;
}
/** PactV2's mock service: where it listens and what it writes. */
export interface MockService {
  pactDetails: PactDetails;
  baseUrl: string;
}
/** A message as the consumer's handler sees it. */
export interface Message {
  providerStates?: Array<{ name: string; params?: Record<string, unknown> }>;
  description?: string;
  metadata?: Metadata;
  contents: unknown;
}
/** A message provider's result. */
export type MessageFromProvider = unknown;
/** A message provider's result with metadata (see `providerWithMetadata`). */
export interface MessageFromProviderWithMetadata {
  __pactMessageMetadata: Record<string, string>;
  message: unknown;
}
/** A V4 message handler. */
export type V4MessageConsumer = (m: ConcreteMessage) => Promise<unknown>;
/** A message pact's provider side options. */
export interface MessageProviderOptions {
  logLevel?: LogLevel;
  messageProviders: MessageProviders;
  stateHandlers?: MessageStateHandlers;
}
/** The verifier options pact-js passes to its core. */
export type PactNodeVerificationExcludedOptions = Omit<
  VerifierOptions,
  'providerBaseUrl' | 'stateHandlers' | 'messageProviders'
>;
/** `MessageProviderPact`'s options. */
export type PactMessageProviderOptions = PactNodeVerificationExcludedOptions & MessageProviderOptions;
/** A message's provider state. */
export interface ProviderState {
  name: string;
  params?: Record<string, string>;
}
/** A V2-era name for a template type. */
export type InterfaceToTemplate<O> = { [K in keyof O]: AnyJson | MatcherV2<unknown> };
