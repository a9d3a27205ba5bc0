import type { ServerResponse } from 'node:http';
import { encodeBody, generateResponse, type HttpResponse } from '@treaty/core';

/**
 * Send an interaction's expected response, generators applied (MockServerURL gets the mock server's URL).
 * @example writeResponse(res, interaction.response, 'http://127.0.0.1:1234')
 */
export function writeResponse(res: ServerResponse, expected: HttpResponse, mockServerUrl: string): void {
  const response = generateResponse(expected, { mockServerUrl });
  for (const [name, values] of Object.entries(response.headers ?? {}))
    res.setHeader(name, values.length === 1 ? values[0] : values);
  const body = encodeBody(response.body);
  if (body !== undefined && !res.hasHeader('content-type') && response.body?.contentType) {
    res.setHeader('Content-Type', response.body.contentType);
  }
  res.statusCode = response.status;
  res.end(body === undefined ? undefined : typeof body === 'string' ? body : Buffer.from(body));
}

/**
 * Send a JSON error body, with status 500 unless told otherwise (the Pact mock servers' answer to a mismatch).
 * @example writeError(res, { error: 'unexpected request' })
 */
export function writeError(res: ServerResponse, body: Record<string, unknown>, status = 500): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body, null, 2));
}
