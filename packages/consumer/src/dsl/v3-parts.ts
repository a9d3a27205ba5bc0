import type { HttpRequest, HttpResponse } from '@treaty/core';
import type { Rules, TemplateHeaders } from '../matchers/matcher-types';
import { addHeaders, addQuery, addRules, draftContentType, finishRequest, finishResponse, newHttpDraft, setRawBody, setTemplateBody, type HttpDraft } from './http-draft';
import type { V3Request, V3Response } from './v3-types';

function setV3Body(draft: HttpDraft, body: unknown, contentType: string | undefined): void {
  if (body === undefined) return;
  const type = contentType ?? draftContentType(draft) ?? 'application/json';
  if (typeof body === 'string' && !/json/i.test(type)) setRawBody(draft, type, body);
  else setTemplateBody(draft, body, type);
}

function draftWith(headers: TemplateHeaders | undefined, rules: Rules | undefined): HttpDraft {
  const draft = newHttpDraft();
  if (headers) addHeaders(draft, headers);
  if (rules) addRules(draft, rules);
  return draft;
}

/**
 * A V3 request template as a model request.
 * @example v3Request({ method: 'GET', path: '/orders', query: { page: '1' } })
 */
export function v3Request(req: V3Request, rules?: Rules): HttpRequest {
  const draft = draftWith(req.headers, rules);
  if (req.query) addQuery(draft, req.query);
  setV3Body(draft, req.body, req.contentType);
  return finishRequest(req.method, req.path, draft);
}

/**
 * A V3 response template as a model response.
 * @example v3Response({ status: 200, body: like({ id: 1 }) })
 */
export function v3Response(res: V3Response, rules?: Rules): HttpResponse {
  const draft = draftWith(res.headers, rules);
  setV3Body(draft, res.body, res.contentType);
  return finishResponse(res.status, draft);
}
