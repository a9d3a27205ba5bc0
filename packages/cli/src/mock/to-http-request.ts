import type { IncomingMessage } from 'node:http';
import { parseBody, parseQueryString, type HttpRequest } from '@treaty/core';

/** Read a Node request into core's request shape. */
export async function toHttpRequest(req: IncomingMessage): Promise<HttpRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const url = new URL(req.url ?? '/', 'http://mock');
  const headers: Record<string, string[]> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    headers[name] = [...(headers[name] ?? []), req.rawHeaders[i + 1]];
  }
  const contentType = req.headers['content-type'];
  return {
    method: req.method ?? 'GET',
    path: decodeURIComponent(url.pathname),
    query: url.search ? parseQueryString(url.search.slice(1)) : undefined,
    headers,
    body: raw.length > 0 ? parseBody(new Uint8Array(raw), contentType) : undefined,
  };
}
