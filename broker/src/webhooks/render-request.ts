import type { WebhookRequest } from './webhook-definition';
import { renderBody, renderTemplate } from './template-parameters';

/** A webhook request with its templates filled in, ready for `fetch`. */
export interface RenderedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Fill a webhook request's templates. Basic credentials become an `Authorization` header. */
export function renderRequest(request: WebhookRequest, params: Record<string, string>): RenderedRequest {
  // The URL is rendered piecewise: placeholders are URL-encoded, the template's own characters are kept.
  const url = renderTemplate(request.url, params, true);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name] = renderTemplate(value, params);
  if (request.username !== undefined) {
    const credentials = `${renderTemplate(request.username, params)}:${renderTemplate(request.password ?? '', params)}`;
    headers.Authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
  }
  const body = request.body === undefined || request.body === null ? undefined : renderBody(request.body, params);
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  if (
    text !== undefined &&
    !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type') &&
    typeof body !== 'string'
  ) {
    headers['Content-Type'] = 'application/json';
  }
  return { method: request.method, url, headers, body: text };
}
