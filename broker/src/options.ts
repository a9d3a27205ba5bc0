import type { FastifyServerOptions } from 'fastify';

/** Credentials the auth plugin checks (implemented by the auth plugin). */
export interface BrokerAuthOptions {
  /** Bearer tokens allowed to read and write. */
  readonly writeTokens?: readonly string[];
  /** Bearer tokens allowed to read. */
  readonly readTokens?: readonly string[];
  /** Basic auth with read and write access. */
  readonly basic?: { readonly username: string; readonly password: string };
  /** Basic auth with read access only. */
  readonly readOnlyBasic?: { readonly username: string; readonly password: string };
  /**
   * Bootstrap bearer tokens with the admin role (manage API tokens, read the audit log, set webhook secrets).
   * When none is given, the write tokens and the read-write Basic pair act as admin so the first admin can create named
   * tokens.
   */
  readonly adminTokens?: readonly string[];
}

/** Options of `buildBroker`. */
export interface BrokerOptions {
  /** SQLite file path; default `./treaty-broker.db`. Ignored when `databaseUrl` is set. */
  readonly database?: string;
  /** A `postgres://` URL: use PostgreSQL instead of SQLite. */
  readonly databaseUrl?: string;
  /** Fastify logger option (`false` by default). */
  readonly logger?: FastifyServerOptions['logger'];
  /** Allow unauthenticated reads when auth is configured. */
  readonly publicRead?: boolean;
  /**
   * Allow unauthenticated reads of the SVG badges (`.../badge`) when auth is configured, as the Pact Broker's
   * `enable_public_badge_access`.
   */
  readonly publicBadges?: boolean;
  /** Credentials; no auth when absent. */
  readonly auth?: BrokerAuthOptions;
  /** Allow a consumer version's pact to be replaced with different content (otherwise 409). */
  readonly allowContractOverwrite?: boolean;
  /** The URL links are built from; default: the request's protocol and Host header. */
  readonly baseUrl?: string;
  /** Largest accepted request body in bytes; default 10 MiB. */
  readonly bodyLimit?: number;
  /** Webhook allow-lists, retries and the delivery poller. */
  readonly webhooks?: WebhookOptions;
  /** Connection timeouts that cut off slow or stalled clients. */
  readonly timeouts?: TimeoutOptions;
  /** PostgreSQL pool and statement limits (ignored on SQLite). */
  readonly postgres?: PostgresOptions;
  /**
   * Base64 or hex 32-byte key that encrypts webhook secrets (env `TREATY_BROKER_SECRETS_KEY`); secrets are refused
   * without it.
   */
  readonly secretsKey?: string;
}

/** Connection timeouts (Node's HTTP server settings); every value in milliseconds. */
export interface TimeoutOptions {
  /** Time a client has to send all request headers; default 10000. */
  readonly headersMs?: number;
  /** Time a client has to send the whole request (headers and body); default 60000. */
  readonly requestMs?: number;
  /** How long an idle keep-alive connection stays open between requests; default 5000. */
  readonly keepAliveMs?: number;
}

/** PostgreSQL limits. */
export interface PostgresOptions {
  /** Longest a statement may run before PostgreSQL cancels it (503 to the client); default 15000 as the Pact Broker. */
  readonly statementTimeoutMs?: number;
  /** Most connections this process opens; default 10. */
  readonly poolMax?: number;
  /** Longest a request waits for a free pool connection; default 10000. */
  readonly connectTimeoutMs?: number;
}

/** Options of `startBroker`. */
export interface StartBrokerOptions extends BrokerOptions {
  /** Port to listen on; 0 picks a free one. Default 9292. */
  readonly port?: number;
  /** Host to bind; default 127.0.0.1. */
  readonly host?: string;
}

/** How webhooks are delivered (implemented in `src/webhooks/`). */
export interface WebhookOptions {
  /** URL schemes a webhook may call; default `['https']` as the Pact Broker (tests add `'http'`). */
  readonly allowedSchemes?: readonly string[];
  /** HTTP methods a webhook may use; default `['POST']` as the Pact Broker. */
  readonly allowedMethods?: readonly string[];
  /** Hosts a webhook may call: exact names, `*.example.com` or `/regex/`; empty or absent allows any host. */
  readonly allowedHosts?: readonly string[];
  /**
   * Let webhooks call loopback, private and link-local addresses (checked on the resolved address at delivery).
   * Default false: a webhook cannot reach the broker's own network or a cloud metadata service. Tests with local
   * receivers set true.
   */
  readonly allowPrivateDestinations?: boolean;
  /** Delivery attempts before a delivery is marked failed; default 6. */
  readonly maxAttempts?: number;
  /** First retry delay in ms, doubled each attempt with jitter; default 1000. */
  readonly retryBaseMs?: number;
  /** Longest retry delay in ms; default 60000. */
  readonly retryMaxMs?: number;
  /** How often the poller looks for due deliveries, in ms; default 1000. */
  readonly pollIntervalMs?: number;
  /** Timeout of one webhook HTTP call in ms; default 10000. */
  readonly timeoutMs?: number;
  /** Set false to not run the delivery poller in this process (deliveries stay queued). Default true. */
  readonly deliver?: boolean;
}
