import { parseBody, parseQueryString, type HttpRequest } from '@treaty/core';

/**
 * Turn a fetch `Request` into a model request; `basePath` (e.g. `/api`) is removed from the path.
 * @example const actual = await modelFromFetchRequest(request, '/api');
 */
export async function modelFromFetchRequest(request: Request, basePath = ''): Promise<HttpRequest> {
  const url = new URL(request.url);
  let path = decodeURIComponent(url.pathname);
  if (basePath && path.startsWith(basePath)) path = path.slice(basePath.length) || '/';
  const model: HttpRequest = { method: request.method.toUpperCase(), path };
  if (url.search.length > 1) model.query = parseQueryString(url.search.slice(1));
  const headers: Record<string, string[]> = {};
  request.headers.forEach((value, name) => (headers[name] = [value]));
  if (Object.keys(headers).length) model.headers = headers;
  const raw = new Uint8Array(await request.clone().arrayBuffer());
  if (raw.length > 0) model.body = parseBody(raw, request.headers.get('content-type') ?? undefined);
  return model;
}

/**
 * The body of a fetch `Response` as a value: JSON parsed when the content type says JSON, text otherwise.
 * @example await responseBodyValue(response) // { id: 1 }
 */
export async function responseBodyValue(
  response: Response,
): Promise<{ value: unknown; contentType?: string } | undefined> {
  const text = await response.clone().text();
  if (text === '') return undefined;
  const contentType = response.headers.get('content-type') ?? undefined;
  if (contentType && /json/i.test(contentType)) {
    try {
      return { value: JSON.parse(text), contentType };
    } catch {
      return { value: text, contentType };
    }
  }
  return { value: text, contentType };
}
