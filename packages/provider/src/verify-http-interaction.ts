import {
  generateRequest,
  isTextType,
  matchHttpResponse,
  parseBody,
  type HttpInteraction,
  type HttpResponse,
} from '@treaty/core';
import { validateInteraction, type OpenApiIssue, type OpenApiSpec } from '@treaty/openapi';
import { buildRawRequest } from './build-request';
import type { VerificationContext } from './context';
import type { RawResponse } from './http-client';
import type { JsonMap } from './types';

/** What replaying one HTTP interaction gave. */
export interface HttpOutcome {
  mismatches: ReturnType<typeof matchHttpResponse>['mismatches'];
  openapi: OpenApiIssue[];
}

function headerOf(headers: Record<string, string[]>, name: string): string | undefined {
  for (const key in headers)
    if (key.length === name.length && key.toLowerCase() === name) return headers[key].join(', ');
  return undefined;
}

function toModel(raw: RawResponse): HttpResponse {
  const contentType = headerOf(raw.headers, 'content-type');
  // Text bodies are decoded natively here; core gets bytes only for binary content.
  const textual = contentType === undefined || isTextType(contentType);
  const body =
    raw.body.length === 0
      ? undefined
      : parseBody(textual ? raw.body.toString('utf8') : new Uint8Array(raw.body), contentType);
  const response: HttpResponse = { status: raw.status, headers: raw.headers };
  if (body) response.body = body;
  return response;
}

function checkOpenApi(
  spec: OpenApiSpec,
  interaction: HttpInteraction,
  path: string,
  actual: HttpResponse,
): OpenApiIssue[] {
  const issues = validateInteraction(spec, interaction.request, actual, { path });
  const requestIssues = issues.request.map((i) => ({
    ...i,
    pactLocation: i.pactLocation && `request.${i.pactLocation}`,
  }));
  return [...requestIssues, ...issues.response];
}

/**
 * What replaying an HTTP request gave: the response as received and the path that was requested. The body is decoded
 * when the exchange is judged, which overlaps the wait for the next response.
 */
export interface HttpExchange {
  raw: RawResponse;
  path: string;
}

/**
 * Replay one HTTP interaction's request against the provider (states already set up).
 * @throws Error on network errors, timeouts and request filter failures
 */
export async function sendHttpInteraction(
  ctx: VerificationContext,
  interaction: HttpInteraction,
  stateValues: JsonMap,
): Promise<HttpExchange> {
  if (!ctx.client) throw new Error('providerBaseUrl is required to verify HTTP interactions');
  const request = generateRequest(interaction.request, { providerState: stateValues });
  const raw = await buildRawRequest(request, {
    customHeaders: ctx.customHeaders,
    requestFilter: ctx.options.requestFilter,
    timeoutMs: ctx.timeoutMs,
  });
  return { raw: await ctx.client.send(raw, ctx.timeoutMs), path: request.path };
}

/** Compare an actual response with the interaction's expected one, and with the OpenAPI document when there is one. */
export function judgeHttpInteraction(
  ctx: VerificationContext,
  interaction: HttpInteraction,
  exchange: HttpExchange,
): HttpOutcome {
  const actual = toModel(exchange.raw);
  const result = matchHttpResponse(interaction.response, actual);
  const openapi = ctx.spec ? checkOpenApi(ctx.spec, interaction, exchange.path, actual) : [];
  return { mismatches: result.mismatches, openapi };
}
