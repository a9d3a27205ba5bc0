import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UiAsset, UiAssets } from './ui-assets';
import { prefersHtml } from './negotiate';

const ASSET_PREFIX = '/ui/assets/';
const API_PREFIX = '/ui/api/';
// Everything the UI loads comes from the broker itself; no inline scripts.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

function send(request: FastifyRequest, reply: FastifyReply, file: UiAsset, cache: string): FastifyReply {
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  reply.header('content-type', file.type).header('cache-control', cache).header('vary', 'Accept-Encoding, Accept');
  reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
  if (gzip) reply.header('content-encoding', 'gzip');
  return reply.code(200).send(gzip ? file.gzip : file.body);
}

/** True for the paths whose answer is the page shell: `/` asked for as HTML and every `/ui` page. */
function isPage(method: string, path: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (path === '/') return prefersHtml(accept);
  return (path === '/ui' || path.startsWith('/ui/')) && !path.startsWith(API_PREFIX) && !path.startsWith(ASSET_PREFIX);
}

/**
 * Answer a request for the UI's shell or one of its assets, which hold no data and so need no credentials.
 * Returns undefined for every other request (the API, including `/ui/api/*`, goes on to auth and the routes).
 */
export function serveShell(
  assets: UiAssets,
  request: FastifyRequest,
  reply: FastifyReply,
  path: string,
): FastifyReply | undefined {
  if (path.startsWith(ASSET_PREFIX) && (request.method === 'GET' || request.method === 'HEAD')) {
    const file = assets.files.get(path.slice(ASSET_PREFIX.length));
    if (!file)
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send('Not found: this UI asset does not exist (reload the page).');
    return send(request, reply, file, 'public, max-age=31536000, immutable');
  }
  if (!isPage(request.method, path, request.headers.accept)) return undefined;
  reply.header('content-security-policy', CSP).header('x-frame-options', 'DENY');
  return send(request, reply, assets.shell, 'no-cache');
}
