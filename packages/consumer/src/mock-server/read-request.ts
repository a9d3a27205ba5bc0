import type { IncomingMessage } from 'node:http';
import { parseBody, parseQueryString, type HttpRequest } from '@treaty/core';

/**
 * Read a Node request (its body included) into a model request.
 * @example const actual = await readRequest(req);
 */
export async function readRequest(req: IncomingMessage): Promise<HttpRequest> {
  const body = await readBody(req);
  return toModelRequest({ method: req.method ?? 'GET', url: req.url ?? '/', rawHeaders: req.rawHeaders, body });
}

// Events rather than `for await`: the async iterator costs several microtask turns per request.
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.once('error', reject);
    req.once('close', () => {
      if (!req.complete) reject(new Error('the client closed the connection before sending the whole request'));
    });
  });
}

/** A request as a transport sees it. */
export interface RawRequest {
  method: string;
  /** Path and query, e.g. `/orders?status=pending`. */
  url: string;
  /** Alternating names and values, as Node's `rawHeaders`. */
  rawHeaders: string[];
  body: Uint8Array;
}

/**
 * Turn a transport-level request into a model request (query parsed, headers grouped, body parsed by content type).
 * @example toModelRequest({ method: 'GET', url: '/a?b=1', rawHeaders: [], body: new Uint8Array() })
 */
export function toModelRequest(raw: RawRequest): HttpRequest {
  const q = raw.url.indexOf('?');
  const pathname = q < 0 ? raw.url : raw.url.slice(0, q);
  const request: HttpRequest = { method: raw.method.toUpperCase(), path: safeDecode(pathname) };
  if (q >= 0 && q < raw.url.length - 1) request.query = parseQueryString(raw.url.slice(q + 1));
  const headers: Record<string, string[]> = {};
  for (let i = 0; i + 1 < raw.rawHeaders.length; i += 2)
    (headers[raw.rawHeaders[i]] ??= []).push(raw.rawHeaders[i + 1]);
  if (Object.keys(headers).length) request.headers = headers;
  if (raw.body.length > 0) {
    const contentType = Object.entries(headers).find(([h]) => h.toLowerCase() === 'content-type')?.[1][0];
    request.body = parseBody(raw.body, contentType);
  }
  return request;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
