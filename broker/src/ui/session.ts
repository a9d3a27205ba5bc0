import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { invalid } from '../errors';
import { authEnabled } from '../http/auth';
import { errorBody } from '../http/error-handler';
import type { BrokerOptions } from '../options';

/** The cookie holding a person's API token: httpOnly, sameSite=strict, never in a URL. */
export const TOKEN_COOKIE = 'treaty_token';
/** The header the UI's own writes carry: a cross-site form cannot set it, so a cookie alone never writes. */
export const UI_HEADER = 'x-treaty-ui';

/** What the UI may offer: the API role of the credentials, or 'none' when it must ask for a token. */
export type UiScope = 'read' | 'write' | 'admin' | 'none';

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

function session(options: Readonly<BrokerOptions>, scope: UiScope) {
  return { authEnabled: authEnabled(options.auth), scope };
}

/**
 * Answer `GET /ui/api/session` before auth when no credentials were sent, so a logged-out page learns that it must
 * show the login form without a 401. With credentials it returns undefined: the route answers after the auth check.
 */
export function anonymousSession(
  request: FastifyRequest,
  reply: FastifyReply,
  options: Readonly<BrokerOptions>,
): FastifyReply | undefined {
  if (request.headers.authorization) return undefined;
  const scope: UiScope = !authEnabled(options.auth) ? 'admin' : options.publicRead ? 'read' : 'none';
  return reply.code(200).header('cache-control', 'no-store').send(session(options, scope));
}

function scopeOfRequest(request: FastifyRequest): UiScope {
  return request.principal?.role ?? 'read';
}

function setCookie(reply: FastifyReply, request: FastifyRequest, value: string, maxAge: number): void {
  const secure = request.protocol === 'https';
  reply.header(
    'set-cookie',
    stringifySetCookie({ name: TOKEN_COOKIE, value, httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge }),
  );
}

/**
 * Log in and out before auth, so neither is an API route: `POST /ui/api/session` keeps the bearer token of its
 * `Authorization` header (which a cross-site form cannot send) in the cookie, and the page then asks
 * `GET /ui/api/session`, where the API's own auth check accepts or refuses it; `POST /ui/api/session/logout` clears it.
 * Returns undefined for every other request.
 */
export function logInOrOut(request: FastifyRequest, reply: FastifyReply, path: string): FastifyReply | undefined {
  if (request.method !== 'POST') return undefined;
  if (path === '/ui/api/session/logout') {
    setCookie(reply, request, '', 0);
    return reply.code(204).send();
  }
  if (path !== '/ui/api/session') return undefined;
  const [kind, token] = String(request.headers.authorization ?? '').split(/\s+/, 2);
  if (!/^bearer$/i.test(kind) || !token) {
    const error = invalid('log in', { authorization: ['must be "Bearer <token>"'] });
    return reply.code(400).type('application/json; charset=utf-8').send(errorBody(error));
  }
  setCookie(reply, request, token, 60 * 60 * 12);
  return reply.code(204).send();
}

/** `GET /ui/api/session`: who am I, once the API's auth check has accepted the credentials. */
export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const options = app.broker.options;
  app.get('/ui/api/session', async (request, reply) =>
    reply.header('cache-control', 'no-store').send(session(options, scopeOfRequest(request))),
  );
}
