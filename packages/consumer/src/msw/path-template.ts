import { matchRequestUrl, type HttpHandler, type RequestHandler } from 'msw';

/** The handler info the recorder reads (msw's `HttpHandler.info`). */
interface HttpHandlerInfo {
  method: string | RegExp;
  path: string | RegExp;
}

function isHttpHandler(handler: unknown): handler is HttpHandler {
  const info = (handler as { info?: Partial<HttpHandlerInfo> }).info;
  return !!info && info.path !== undefined && info.method !== undefined;
}

/**
 * The path template of the first msw HTTP handler that matches a request (`/orders/:id` becomes
 * `/orders/{id}`), or the literal path when none does.
 * @example pathTemplate(server.listHandlers(), request) // '/orders/{id}'
 */
export function pathTemplate(handlers: readonly unknown[], request: Request): string {
  const url = new URL(request.url);
  for (const handler of handlers as readonly RequestHandler[]) {
    if (!isHttpHandler(handler)) continue;
    const { method, path } = handler.info as HttpHandlerInfo;
    const methodOk =
      method instanceof RegExp
        ? method.test(request.method)
        : method === 'all' || method.toUpperCase() === request.method.toUpperCase();
    if (!methodOk || typeof path !== 'string' || !matchRequestUrl(url, path).matches) continue;
    const pathname = path.startsWith('/') ? path : pathOnly(path);
    return pathname.replace(/:(\w+)/g, '{$1}');
  }
  return url.pathname;
}

function pathOnly(path: string): string {
  const match = /^(?:[a-z]+:\/\/[^/]+|\*)(\/.*)$/i.exec(path);
  return match ? match[1] : path;
}
