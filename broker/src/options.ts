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
  /** Credentials; no auth when absent. */
  readonly auth?: BrokerAuthOptions;
  /** Allow a consumer version's pact to be replaced with different content (otherwise 409). */
  readonly allowContractOverwrite?: boolean;
  /** The URL links are built from; default: the request's protocol and Host header. */
  readonly baseUrl?: string;
  /** Largest accepted request body in bytes; default 10 MiB. */
  readonly bodyLimit?: number;
}

/** Options of `startBroker`. */
export interface StartBrokerOptions extends BrokerOptions {
  /** Port to listen on; 0 picks a free one. Default 9292. */
  readonly port?: number;
  /** Host to bind; default 127.0.0.1. */
  readonly host?: string;
}
