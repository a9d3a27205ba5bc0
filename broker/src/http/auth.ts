import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { brokerErrors } from '../errors';
import type { BrokerAuthOptions, BrokerOptions } from '../options';
import { errorBody } from './error-handler';

/** What a request's credentials allow. */
export type AuthScope = 'read' | 'write';

const ALWAYS_PUBLIC = new Set(['/diagnostic/status/heartbeat']);
// Fetching pacts for verification is a POST that only reads, as in the Pact Broker.
const READ_POSTS = [/^\/pacts\/provider\/[^/]+\/for-verification$/];
const CHALLENGE = 'Bearer realm="treaty-broker", Basic realm="treaty-broker"';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** True when any credential is configured, i.e. the broker needs auth. */
export function authEnabled(auth: BrokerAuthOptions | undefined): auth is BrokerAuthOptions {
  if (!auth) return false;
  return Boolean(auth.writeTokens?.length || auth.readTokens?.length || auth.basic || auth.readOnlyBasic);
}

/** The scope the `Authorization` header grants: undefined when absent, 'invalid' when it matches nothing. */
export function scopeOf(header: string | undefined, auth: BrokerAuthOptions): AuthScope | 'invalid' | undefined {
  if (!header) return undefined;
  const [kind, ...rest] = header.trim().split(/\s+/);
  const value = rest.join(' ');
  if (/^bearer$/i.test(kind)) {
    if (auth.writeTokens?.some((t) => same(t, value))) return 'write';
    if (auth.readTokens?.some((t) => same(t, value))) return 'read';
    return 'invalid';
  }
  if (/^basic$/i.test(kind)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const at = decoded.indexOf(':');
    const [user, pass] = at < 0 ? [decoded, ''] : [decoded.slice(0, at), decoded.slice(at + 1)];
    const matches = (pair?: { username: string; password: string }) => pair !== undefined && same(pair.username, user) && same(pair.password, pass);
    if (matches(auth.basic)) return 'write';
    if (matches(auth.readOnlyBasic)) return 'read';
  }
  return 'invalid';
}

/** The scope a request needs: reads are GET/HEAD/OPTIONS and the for-verification POST. */
export function neededScope(method: string, path: string): AuthScope {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return 'read';
  return method === 'POST' && READ_POSTS.some((re) => re.test(path)) ? 'read' : 'write';
}

function deny(reply: FastifyReply, status: 401 | 403, reason: string): FastifyReply {
  const error = status === 401 ? brokerErrors.TREATY_BROKER_UNAUTHORIZED([reason]) : brokerErrors.TREATY_BROKER_FORBIDDEN([reason]);
  if (status === 401) reply.header('www-authenticate', CHALLENGE);
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(error));
}

/**
 * Check credentials on every request before routing: bearer tokens and Basic pairs with read or write scope,
 * optional public read, the heartbeat always public. Does nothing when no credential is configured.
 */
export function installAuth(app: FastifyInstance, options: Readonly<BrokerOptions>): void {
  const auth = options.auth;
  if (!authEnabled(auth)) return;
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0].replace(/\/+$/, '') || '/';
    if (ALWAYS_PUBLIC.has(path)) return;
    const needed = neededScope(request.method, path);
    const granted = scopeOf(request.headers.authorization, auth);
    if (granted === 'invalid') return deny(reply, 401, 'the credentials are not valid');
    if (granted === undefined) {
      if (needed === 'read' && options.publicRead) return;
      if (needed === 'read' && options.publicBadges && path.endsWith('/badge')) return;
      return deny(reply, 401, 'no credentials were sent (use a bearer token or Basic auth)');
    }
    if (needed === 'write' && granted === 'read') return deny(reply, 403, `${request.method} ${path} needs write access and these credentials are read-only`);
  });
}
