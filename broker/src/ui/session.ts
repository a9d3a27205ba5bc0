import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { invalid } from '../errors';
import { authEnabled, scopeOf } from '../http/auth';
import type { BrokerOptions } from '../options';

/** The cookie holding a person's API token: httpOnly, sameSite=strict, never in a URL. */
export const TOKEN_COOKIE = 'treaty_token';
/** The header the UI's own writes carry: a cross-site form cannot set it, so a cookie alone never writes. */
export const UI_HEADER = 'x-treaty-ui';

/**
 * Let the token cookie stand for an `Authorization: Bearer` header, so the API's one auth check applies to the UI.
 * Writes only count the cookie when they carry {@link UI_HEADER}.
 */
export function cookieAsAuthorization(request: FastifyRequest): void {
  if (request.headers.authorization || !request.headers.cookie) return;
  const safe = request.method === 'GET' || request.method === 'HEAD';
  if (!safe && request.headers[UI_HEADER] !== '1') return;
  const token = parseCookie(request.headers.cookie)[TOKEN_COOKIE];
  if (token) request.headers.authorization = `Bearer ${token}`;
}

/** What the current credentials allow: 'none' when the broker needs credentials and these are missing or wrong. */
export function scopeNow(request: FastifyRequest, options: Readonly<BrokerOptions>): 'read' | 'write' | 'none' {
  if (!authEnabled(options.auth)) return 'write';
  const scope = scopeOf(request.headers.authorization, options.auth);
  if (scope === 'read' || scope === 'write') return scope;
  return options.publicRead ? 'read' : 'none';
}

function setCookie(reply: FastifyReply, request: FastifyRequest, value: string, maxAge: number): void {
  const secure = request.protocol === 'https';
  reply.header('set-cookie', stringifySetCookie({ name: TOKEN_COOKIE, value, httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge }));
}

/**
 * Answer `GET /ui/api/session` (who am I) before auth: it tells only whether credentials are needed and what the
 * sent ones allow, so a logged-out page learns it must show the login form without a 401.
 */
export function sessionProbe(request: FastifyRequest, reply: FastifyReply, options: Readonly<BrokerOptions>): FastifyReply {
  return reply.code(200).header('cache-control', 'no-store').send({ authEnabled: authEnabled(options.auth), scope: scopeNow(request, options) });
}

/** `POST /ui/api/session` (log in with a bearer token) and `POST /ui/api/session/logout`. */
export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const options = app.broker.options;
  app.post('/ui/api/session', async (request, reply) => {
    const [kind, token] = String(request.headers.authorization ?? '').split(/\s+/, 2);
    if (!/^bearer$/i.test(kind) || !token) throw invalid('log in', { authorization: ['must be "Bearer <token>"'] });
    setCookie(reply, request, token, 60 * 60 * 12);
    return { authEnabled: authEnabled(options.auth), scope: scopeNow(request, options) };
  });
  app.post('/ui/api/session/logout', async (request, reply) => {
    setCookie(reply, request, '', 0);
    return { authEnabled: authEnabled(options.auth), scope: options.publicRead || !authEnabled(options.auth) ? 'read' : 'none' };
  });
}
