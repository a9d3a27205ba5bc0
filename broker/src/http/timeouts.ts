import type { FastifyServerOptions } from 'fastify';
import type { TimeoutOptions } from '../options';

/** The timeouts in force when the options leave them out. */
export const DEFAULT_TIMEOUTS = Object.freeze({ headersMs: 10_000, requestMs: 60_000, keepAliveMs: 5_000, idleMs: 30_000 });

/**
 * Fastify server options that close connections which never finish their headers or body (slow loris),
 * sit idle, or keep a connection alive too long. Node checks the header and request deadlines every
 * `connectionsCheckingInterval`, so that interval follows the shortest deadline.
 * @example Fastify({ ...timeoutServerOptions({ headersMs: 2000 }) })
 */
export function timeoutServerOptions(options: TimeoutOptions = {}): Partial<FastifyServerOptions> {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const t = { ...DEFAULT_TIMEOUTS, ...given };
  // Node refuses a header deadline longer than the whole-request deadline.
  const headersMs = t.requestMs > 0 ? Math.min(t.headersMs, t.requestMs) : t.headersMs;
  const checkEveryMs = Math.max(100, Math.min(1000, Math.floor(headersMs / 2)));
  return {
    connectionTimeout: t.idleMs,
    keepAliveTimeout: t.keepAliveMs,
    requestTimeout: t.requestMs,
    http: { headersTimeout: headersMs, requestTimeout: t.requestMs, connectionsCheckingInterval: checkEveryMs },
  } as Partial<FastifyServerOptions>;
}
