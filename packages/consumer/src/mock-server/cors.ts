import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Answer a CORS preflight (OPTIONS with Access-Control-Request-Method); returns false for other requests.
 * @example if (answerPreflight(req, res)) return;
 */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): boolean {
  const requestedMethod = req.headers['access-control-request-method'];
  if (req.method !== 'OPTIONS' || !requestedMethod) return false;
  res.writeHead(204, {
    'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Max-Age': '600',
  });
  res.end();
  return true;
}

/**
 * Add the CORS response headers that let a browser read the mock server's answers.
 * @example addCorsHeaders(req, res)
 */
export function addCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}
