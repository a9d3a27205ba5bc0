import type { HttpRequest, HttpResponse } from '@treaty/core';
import { validateRequest } from './validate-request';
import { validateResponse } from './validate-response';
import type { OpenApiIssue, OpenApiSpec } from './types';

/** Options of {@link validateInteraction}. */
export interface ValidateInteractionOptions {
  /** Check only the request's operation, content type and Accept header (as `validateRequest` does). */
  negative?: boolean;
  /** `expected` for a pact's response, `actual` (default) for a real one. */
  kind?: 'actual' | 'expected';
  /** The path the response answered, when it is not the request's (a generated path). */
  path?: string;
}

/** The issues of an HTTP interaction, apart by side: its locations are relative to the request or the response. */
export interface InteractionIssues {
  request: OpenApiIssue[];
  response: OpenApiIssue[];
}

/**
 * Validate a pact's HTTP request and a response to it (the pact's own or a real one) against the document.
 * The response is not checked when no operation of the document takes the request.
 * @example const { request, response } = validateInteraction(spec, interaction.request, interaction.response);
 * @throws TreatyError TREATY_OPENAPI_INVALID_SCHEMA when a schema of the document does not compile
 */
export function validateInteraction(
  spec: OpenApiSpec,
  request: HttpRequest,
  response: HttpResponse,
  options: ValidateInteractionOptions = {},
): InteractionIssues {
  const { method, path, query, headers, body } = request;
  const requestIssues = validateRequest(
    spec,
    { method, path, query, headers, body: body?.content, contentType: body?.contentType },
    { negative: options.negative },
  );
  if (requestIssues.some((i) => i.code === 'request.path-or-method.unknown')) {
    return { request: requestIssues, response: [] };
  }
  const responseIssues = validateResponse(
    spec,
    {
      method,
      path: options.path ?? path,
      status: response.status,
      headers: response.headers,
      body: response.body?.content,
      contentType: response.body?.contentType,
    },
    { kind: options.kind },
  );
  return { request: requestIssues, response: responseIssues };
}
