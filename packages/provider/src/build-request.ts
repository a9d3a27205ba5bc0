import { encodeBody, formatQueryString, type HttpRequest } from '@treaty/core';
import type { RawRequest } from './http-client';
import { applyRequestFilter } from './request-filter';
import type { RequestFilter } from './types';

function withHeader(headers: Record<string, string[]>, name: string, value: string | undefined): void {
  if (value === undefined || Object.keys(headers).some((h) => h.toLowerCase() === name.toLowerCase())) return;
  headers[name] = [value];
}

function encodeFiltered(body: unknown): string | Uint8Array | undefined {
  if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) return body;
  return JSON.stringify(body);
}

// A filter may set `url` (express's way) or only `path` (pact-reference's filters change the path); the query stays.
// `original.url` is `original.path` followed by the query.
function filteredTarget(filtered: { url: string; path: string }, original: { url: string; path: string }): string {
  if (filtered.url !== original.url || filtered.path === original.path) return filtered.url;
  return filtered.path + original.url.slice(original.path.length);
}

/**
 * Turn a (generated) pact request into what goes on the wire: custom headers added, body encoded,
 * and the request filter applied when there is one.
 * @throws Error when the request filter fails
 */
export async function buildRawRequest(
  request: HttpRequest,
  options: { customHeaders: Record<string, string[]>; requestFilter?: RequestFilter; timeoutMs: number },
): Promise<RawRequest> {
  const headers: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(request.headers ?? {})) headers[name] = [...values];
  for (const [name, values] of Object.entries(options.customHeaders)) {
    for (const existing of Object.keys(headers))
      if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
    headers[name] = [...values];
  }
  const body = encodeBody(request.body);
  if (body !== undefined) withHeader(headers, 'Content-Type', request.body?.contentType);
  const search = request.query && Object.keys(request.query).length > 0 ? formatQueryString(request.query) : '';
  const raw: RawRequest = {
    method: request.method.toUpperCase(),
    path: request.path + (search ? `?${search}` : ''),
    headers,
    body,
  };
  if (!options.requestFilter) return raw;
  const original = request.body?.content;
  const { request: filtered } = await applyRequestFilter(
    options.requestFilter,
    { ...request, headers, body: original },
    search,
    options.timeoutMs,
  );
  const filteredHeaders: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(filtered.headers)) {
    if (value !== undefined) filteredHeaders[name] = Array.isArray(value) ? value : [String(value)];
  }
  const filteredBody = filtered.body === original ? body : encodeFiltered(filtered.body);
  for (const name of Object.keys(filteredHeaders)) if (name === 'content-length') delete filteredHeaders[name];
  return {
    method: filtered.method.toUpperCase(),
    path: filteredTarget(filtered, { url: raw.path, path: request.path }),
    headers: filteredHeaders,
    body: filteredBody,
  };
}
