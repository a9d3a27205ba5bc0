import type { Mismatch } from '@treaty/core';
import type { OpenApiIssue, OpenApiSpec } from '@treaty/openapi';
import type { AsyncApiSpec } from '@treaty/openapi/asyncapi';

/** A JSON object of provider-state parameters or results. */
export type JsonMap = Record<string, unknown>;

/** Sets a provider state up; what it returns feeds `fromProviderState` / ProviderState generators. */
export type StateFunc = (params?: JsonMap) => Promise<JsonMap | undefined | void> | JsonMap | undefined | void;

/** A state handler: a setup function, or `{ setup, teardown }`. */
export type StateHandler = StateFunc | { setup?: StateFunc; teardown?: StateFunc };

/** State handlers by provider state name. */
export interface StateHandlers {
  [state: string]: StateHandler;
}

/** What a message provider is called with. */
export interface MessageDescriptor {
  description: string;
  providerStates?: Array<{ name: string; params?: JsonMap }>;
  metadata?: JsonMap;
  /** For V4 synchronous messages: the request message's contents. */
  request?: unknown;
  /** pact-js's descriptor field for the expected content; Treaty does not set it. */
  content?: unknown;
}

/** A message's contents together with its metadata, as {@link providerWithMetadata} builds it (pact-js shape). */
export interface MessageWithMetadata {
  __pactMessageMetadata: Record<string, unknown>;
  message: unknown;
}

/** Produces the message for one description. */
export type MessageProvider = (descriptor: MessageDescriptor) => unknown | Promise<unknown>;

/** Message providers by message description. */
export interface MessageProviders {
  [description: string]: MessageProvider;
}

/** The request as a {@link RequestFilter} sees it (an express-like subset). */
export interface FilterRequest {
  method: string;
  /** Path and query, e.g. `/orders?status=shipped`. */
  url: string;
  originalUrl: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Lower-cased header names. Change them to change what is sent. */
  headers: Record<string, string | string[] | undefined>;
  /** The body: parsed JSON or text. Replace it to change what is sent. */
  body: unknown;
  get(name: string): string | undefined;
  header(name: string): string | undefined;
}

/** An express-style request filter: change `req` and call `next()`. */
export type RequestFilter = (req: FilterRequest, res: unknown, next: (error?: unknown) => void) => unknown;

/** A consumer version selector, as the Pact Broker defines them. */
export interface ConsumerVersionSelector {
  tag?: string;
  latest?: boolean;
  consumer?: string;
  deployedOrReleased?: boolean;
  deployed?: boolean;
  released?: boolean;
  environment?: string;
  fallbackTag?: string;
  branch?: string;
  mainBranch?: boolean;
  matchingBranch?: boolean;
}

/** A reporter name, or one with options. */
export type ReporterSpec = 'console' | 'json' | 'junit' | { type: 'console' | 'json' | 'junit'; outputFile?: string };

/** Options of {@link verifyProvider} (the names of pact-js's `VerifierOptions`, plus Treaty's own). */
export interface VerifierOptions {
  provider?: string;
  providerBaseUrl?: string;
  pactUrls?: string[];
  pactBrokerUrl?: string;
  pactBrokerToken?: string;
  pactBrokerUsername?: string;
  pactBrokerPassword?: string;
  consumerVersionSelectors?: ConsumerVersionSelector[];
  consumerVersionTags?: string[];
  enablePending?: boolean;
  includeWipPactsSince?: string;
  providerVersion?: string;
  providerVersionBranch?: string;
  /** pact-js's older name of {@link providerVersionBranch}. */
  providerBranch?: string;
  providerVersionTags?: string[];
  publishVerificationResult?: boolean;
  buildUrl?: string;
  stateHandlers?: StateHandlers;
  providerStatesSetupUrl?: string;
  requestFilter?: RequestFilter;
  beforeEach?: () => unknown;
  afterEach?: () => unknown;
  messageProviders?: MessageProviders;
  customProviderHeaders?: Record<string, string> | string[];
  /** Per-request timeout in ms (default 30000); also bounds waiting for the provider to come up. */
  timeout?: number;
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
  failIfNoPactsFound?: boolean;
  /** Accept self-signed certificates of an https provider. */
  disableSslVerification?: boolean;
  /** Only verify pacts of these consumers. */
  consumerFilters?: string[];
  /** Treaty: the provider's OpenAPI document (a path, URL, parsed object or loaded spec). */
  openapi?: string | object | OpenApiSpec;
  /**
   * Treaty: the provider's AsyncAPI 2.x/3.x document (a path, URL, parsed object or loaded spec): every produced
   * message is checked against it.
   */
  asyncapi?: string | object | AsyncApiSpec;
  /** Treaty: reporters (default `['console']`). JSON and JUnit reporters write to `outputFile` when given. */
  reporters?: ReporterSpec[];
  /** Treaty: shorthand for one reporter. */
  format?: 'console' | 'json' | 'junit';
  /** Treaty: where the console reporter writes (default `process.stdout`). */
  output?: { write(text: string): unknown };
  /** Other transports the provider serves: `[{ protocol: 'grpc', port }]` replays gRPC interactions there. */
  transports?: ProviderTransport[];
}

/** The outcome of one interaction. */
export interface InteractionResult {
  description: string;
  kind: 'http' | 'message';
  /** The broker's interaction id (`_id`), used when publishing. */
  interactionId?: string;
  key?: string;
  providerStates: string[];
  success: boolean;
  /** A failure of a pending pact or interaction: reported, published, but it does not fail the run. */
  pending: boolean;
  mismatches: Mismatch[];
  /** OpenAPI violations of the actual response or the expected request. */
  openapi: OpenApiIssue[];
  /** For HTTP interactions: the request that was sent (after generators) and the status that came back. */
  exchange?: { method: string; path: string; status?: number };
  /** An error that stopped the interaction (state handler, network, timeout). */
  error?: string;
  /** V4 text comments of the interaction. */
  comments?: string[];
  /** V4 `testname` comment: the consumer test that defined the interaction. */
  testName?: string;
  /** V4 `references` comment: what the interaction refers to, by group, e.g. `{ asyncapi: { operationId } }`. */
  references?: Record<string, Record<string, string>>;
  /** The readable report of what failed (empty when it passed). */
  formatted: string;
  durationMs: number;
}

/** The outcome of one pact. */
export interface PactResult {
  consumer: string;
  provider: string;
  source: string;
  pending: boolean;
  wip: boolean;
  notices: string[];
  success: boolean;
  interactions: InteractionResult[];
  /** What publishing to the broker gave, when it was asked for. */
  published?: { ok: boolean; url: string; error?: string };
}

/** The whole verification report. */
export interface VerificationReport {
  provider: string;
  success: boolean;
  startedAt: string;
  durationMs: number;
  pacts: PactResult[];
  summary: { pacts: number; interactions: number; passed: number; failed: number; pendingFailed: number };
  warnings: string[];
}

/** Where a provider serves a non-HTTP transport (pact-js and the Rust verifier's `transports`). */
export interface ProviderTransport {
  /** `grpc` is the one Treaty replays. */
  protocol: string;
  port: number;
  /** Default `127.0.0.1`. */
  host?: string;
  scheme?: string;
  path?: string;
}
