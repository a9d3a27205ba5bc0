import type { FastifyRequest } from 'fastify';
import type { BrokerOptions } from '../options';
import type { Database } from '../storage/database';

/** What every route plugin reads from `app.broker`. */
export interface BrokerContext {
  readonly db: Database;
  readonly options: Readonly<BrokerOptions>;
}

declare module 'fastify' {
  interface FastifyInstance {
    broker: BrokerContext;
  }
}

/** The absolute base URL links are built from (no trailing slash). */
export function baseUrlOf(request: FastifyRequest, options: Readonly<BrokerOptions>): string {
  if (options.baseUrl) return options.baseUrl.replace(/\/+$/, '');
  const forwardedProto = request.headers['x-forwarded-proto'];
  const proto = typeof forwardedProto === 'string' ? forwardedProto.split(',')[0].trim() : request.protocol;
  const forwardedHost = request.headers['x-forwarded-host'];
  const host =
    typeof forwardedHost === 'string' ? forwardedHost.split(',')[0].trim() : (request.headers.host ?? 'localhost');
  return `${proto}://${host}`;
}
