import type { FastifyInstance } from 'fastify';
import type { BrokerOptions } from '../options';
import { serveShell } from './serve-shell';
import { anonymousSession, cookieAsAuthorization, logInOrOut, sessionRoutes } from './session';
import { loadUiAssets } from './ui-assets';
import { uiApiRoutes } from './api/ui-api-routes';

/**
 * Serve the web UI from `@treaty/broker-ui`: the page shell for `/` (when a browser asks for HTML) and `/ui/*`,
 * its assets, and the small JSON API under `/ui/api/`. Call before `installAuth`: the shell, the assets and logging in
 * or out need no credentials, and the token cookie becomes the `Authorization` header the API's auth check reads.
 * @example installUi(app, options); installAuth(app, options);
 */
export function installUi(app: FastifyInstance, options: Readonly<BrokerOptions>): void {
  const assets = loadUiAssets();
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0].replace(/(.)\/+$/, '$1');
    const served = serveShell(assets, request, reply, path) ?? logInOrOut(request, reply, path);
    if (served) return served;
    cookieAsAuthorization(request);
    if (request.method === 'GET' && path === '/ui/api/session') return anonymousSession(request, reply, options);
  });
  app.register(sessionRoutes);
  app.register(uiApiRoutes);
}
