import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { brokerErrors } from '../errors';
import type {} from './broker-context'; // `app.broker`
import type { BrokerOptions } from '../options';
import type { Database } from '../storage/database';
import { findApiTokenByHash } from '../storage/repositories/api-tokens';
import { authEnabled, roleAllows, scopeOf, staticPrincipalName, tokenHash, type AuthRole } from './credentials';
import { errorBody } from './error-handler';

export { authEnabled, scopeOf, type AuthRole } from './credentials';

/** Who sent a request, as the audit log records it. */
export interface Principal {
  /** The token's name, `basic:<user>`, `bootstrap token` or `anonymous`. */
  readonly name: string;
  readonly role: AuthRole;
  /** The named API token's uuid. */
  readonly tokenUuid?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

const ALWAYS_PUBLIC = new Set(['/diagnostic/status/heartbeat']);
// Fetching pacts for verification is a POST that only reads, as in the Pact Broker.
const READ_POSTS = [/^\/pacts\/provider\/[^/]+\/for-verification$/];
const CHALLENGE = 'Bearer realm="treaty-broker", Basic realm="treaty-broker"';

/** The role a request needs: `/admin/*` needs admin; reads are GET/HEAD/OPTIONS and the for-verification POST. */
export function neededScope(method: string, path: string): AuthRole {
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return 'read';
  return method === 'POST' && READ_POSTS.some((re) => re.test(path)) ? 'read' : 'write';
}

/** True for a request that changes something (what the audit log records). */
export function isWrite(method: string, path: string): boolean {
  return neededScope(method, path) !== 'read' && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

function deny(reply: FastifyReply, status: 401 | 403, reason: string): FastifyReply {
  const error =
    status === 401 ? brokerErrors.TREATY_BROKER_UNAUTHORIZED([reason]) : brokerErrors.TREATY_BROKER_FORBIDDEN([reason]);
  if (status === 401) reply.header('www-authenticate', CHALLENGE);
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(error));
}

/**
 * A named API token's principal, or why it is refused. Looked up on every request, so revocation takes effect at once.
 */
async function namedToken(db: Database, secret: string): Promise<Principal | string> {
  const row = await findApiTokenByHash(db, tokenHash(secret));
  if (!row) return 'the credentials are not valid';
  if (row.revoked_at) return `the API token "${row.name}" was revoked`;
  if (row.expires_at && row.expires_at <= new Date().toISOString())
    return `the API token "${row.name}" expired at ${row.expires_at}`;
  return { name: row.name, role: row.role as AuthRole, tokenUuid: row.uuid };
}

/** The principal of a request's `Authorization` header: undefined without one, a string saying why it is refused. */
async function principalOf(
  request: FastifyRequest,
  options: Readonly<BrokerOptions>,
  db: Database,
): Promise<Principal | string | undefined> {
  const header = request.headers.authorization;
  const granted = scopeOf(header, options.auth ?? {});
  if (granted === undefined) return undefined;
  if (granted === 'invalid') return 'the credentials are not valid';
  if (typeof granted === 'object') return namedToken(db, granted.bearer);
  return { name: staticPrincipalName(header as string), role: granted };
}

/**
 * Check credentials on every request before routing: configured tokens and Basic pairs, named API tokens with a role
 * (read, write, admin), optional public read, the heartbeat always public. Without configured credentials every request
 * is let through as `anonymous`. Sets `request.principal` for the audit log.
 */
export function installAuth(app: FastifyInstance, options: Readonly<BrokerOptions>): void {
  app.decorateRequest('principal', undefined);
  if (!authEnabled(options.auth)) {
    app.addHook('onRequest', async (request) => {
      request.principal = { name: 'anonymous', role: 'admin' };
    });
    return;
  }
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0].replace(/\/+$/, '') || '/';
    if (ALWAYS_PUBLIC.has(path)) return;
    const needed = neededScope(request.method, path);
    const principal = await principalOf(request, options, app.broker.db);
    if (typeof principal === 'string') return deny(reply, 401, principal);
    if (principal === undefined) {
      if (needed === 'read' && options.publicRead) return;
      if (needed === 'read' && options.publicBadges && path.endsWith('/badge')) return;
      return deny(reply, 401, 'no credentials were sent (use a bearer token or Basic auth)');
    }
    request.principal = principal;
    if (!roleAllows(principal.role, needed)) {
      return deny(
        reply,
        403,
        `${request.method} ${path} needs the ${needed} role and these credentials have the ${principal.role} role`,
      );
    }
  });
}
