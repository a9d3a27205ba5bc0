import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeBody, generateResponse, type Pact } from '@treaty/core';
import { findInteraction } from './find-interaction';
import { toHttpRequest } from './to-http-request';

/** Options of {@link startStubServer}. */
export interface StubServerOptions {
  pact: Pact;
  port?: number;
  host?: string;
  /** Answer CORS preflight requests and add CORS headers. */
  cors?: boolean;
  /** Told about every request: what was asked and which interaction answered (undefined when none). */
  onRequest?: (line: { method: string; path: string; status: number; interaction?: string }) => void;
}

/** A running stub server. */
export interface StubServer {
  url: string;
  close(): Promise<void>;
}

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': String(req.headers.origin ?? '*'),
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD',
    'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? '*'),
    'access-control-allow-credentials': 'true',
  };
}

async function answer(options: StubServerOptions, url: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const extra = options.cors ? corsHeaders(req) : {};
  if (options.cors && req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res.writeHead(204, extra).end();
    return;
  }
  const request = await toHttpRequest(req);
  const state = req.headers['x-pact-provider-state'];
  const result = findInteraction(options.pact, request, typeof state === 'string' ? state : undefined);
  if (!result.found) {
    const body = { error: `No interaction in the pact matches ${request.method} ${request.path}`, closest: result.closest?.description, mismatches: result.mismatches };
    res.writeHead(500, { ...extra, 'content-type': 'application/json' }).end(JSON.stringify(body, null, 2));
    options.onRequest?.({ method: request.method, path: request.path, status: 500 });
    return;
  }
  const response = generateResponse(result.found.response, { mockServerUrl: url });
  const headers: Record<string, string | string[]> = { ...extra, ...response.headers };
  if (response.body?.contentType && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = response.body.contentType;
  res.writeHead(response.status, headers).end(encodeBody(response.body));
  options.onRequest?.({ method: request.method, path: request.path, status: response.status, interaction: result.found.description });
}

/**
 * Serve a pact's HTTP interactions: each request gets the response of the interaction it matches
 * (core matching, generators applied), or a 500 naming the closest interaction and the mismatches.
 * @example const stub = await startStubServer({ pact, port: 0 }); await fetch(`${stub.url}/orders/1`); await stub.close();
 * @throws Error when the port cannot be bound.
 */
export async function startStubServer(options: StubServerOptions): Promise<StubServer> {
  let url = '';
  const server: Server = createServer((req, res) => {
    answer(options, url, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `Failed to answer: ${(error as Error).message}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { url, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}
