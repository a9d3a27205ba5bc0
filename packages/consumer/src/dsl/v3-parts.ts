import type { HttpRequest, HttpResponse } from '@treaty/core';
import type { Rules } from '../matchers/matcher-types';
import {
  addHeaders,
  addQuery,
  addRules,
  draftContentType,
  finishRequest,
  finishResponse,
  newHttpDraft,
  setRawBody,
  setTemplateBody,
  type HttpDraft,
} from './http-draft';
import type { V3Request, V3Response } from './v3-types';

function setV3Body(draft: HttpDraft, body: unknown, contentType: string | undefined): void {
  if (body === undefined) return;
  const type = contentType ?? draftContentType(draft) ?? 'application/json';
  if (typeof body === 'string' && !/json/i.test(type)) setRawBody(draft, type, body);
  else setTemplateBody(draft, body, type);
}

/**
 * Add a V3 request or response template's headers, query, rules and body to a draft (pact-js adds each
 * call's parts to the same interaction, so several calls can fill one request).
 * @example fillV3Draft(draft, { headers: { Accept: 'application/json' }, body: like({ id: 1 }) })
 */
export function fillV3Draft(draft: HttpDraft, part: Omit<V3Request, 'method' | 'path'>, rules?: Rules): HttpDraft {
  if (part.headers) addHeaders(draft, part.headers);
  if (rules) addRules(draft, rules);
  if (part.query) addQuery(draft, part.query);
  setV3Body(draft, part.body, part.contentType);
  return draft;
}

/**
 * A V3 request template as a model request.
 * @example v3Request({ method: 'GET', path: '/orders', query: { page: '1' } })
 */
export function v3Request(req: V3Request, rules?: Rules): HttpRequest {
  return finishRequest(req.method, req.path, fillV3Draft(newHttpDraft(), req, rules));
}

/**
 * A V3 response template as a model response.
 * @example v3Response({ status: 200, body: like({ id: 1 }) })
 */
export function v3Response(res: V3Response, rules?: Rules): HttpResponse {
  return finishResponse(res.status, fillV3Draft(newHttpDraft(), res, rules));
}
