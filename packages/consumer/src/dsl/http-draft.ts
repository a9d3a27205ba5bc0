import type { Body, HttpRequest, HttpResponse } from '@treaty/core';
import type { Path, Rules, TemplateHeaders, TemplateQuery } from '../matchers/matcher-types';
import { addTemplate, emptyRulesDraft, finishRules, type RulesDraft } from '../template/rules-draft';
import { ruleFromMatcher } from '../template/rule-from-matcher';
import { xmlFromTemplate } from '../xml/xml-template';

/** A request or response being built: literal parts plus gathered rules. */
export interface HttpDraft {
  query?: Record<string, string[]>;
  headers?: Record<string, string[]>;
  body?: Body;
  rules: RulesDraft;
}

/**
 * A fresh draft.
 * @example const draft = newHttpDraft();
 */
export function newHttpDraft(): HttpDraft {
  return { rules: emptyRulesDraft() };
}

function values<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

/**
 * Add query parameters (values may be matchers).
 * @example addQuery(draft, { status: regex('pending|shipped', 'pending') })
 */
export function addQuery(draft: HttpDraft, query: TemplateQuery): void {
  const target = (draft.query ??= {});
  for (const [name, value] of Object.entries(query)) {
    target[name] = values(value).map((v) => String(addTemplate(draft.rules, 'query', name, v)));
  }
}

/**
 * Add headers (values may be matchers).
 * @example addHeaders(draft, { Accept: 'application/json' })
 */
export function addHeaders(draft: HttpDraft, headers: TemplateHeaders): void {
  const target = (draft.headers ??= {});
  for (const [name, value] of Object.entries(headers)) {
    target[name] = values(value).map((v) => String(addTemplate(draft.rules, 'header', name, v)));
  }
}

function hasHeader(draft: HttpDraft, name: string): boolean {
  return Object.keys(draft.headers ?? {}).some((h) => h.toLowerCase() === name.toLowerCase());
}

/** The content type set in the draft's headers, if any. */
export function draftContentType(draft: HttpDraft): string | undefined {
  const entry = Object.entries(draft.headers ?? {}).find(([h]) => h.toLowerCase() === 'content-type');
  return entry?.[1][0];
}

/**
 * Set a JSON (or XML-as-string) body of the given content type from a template; adds a Content-Type header when none
 * is set. A header already set stays as it is and does not change the body's content type: pact-js's `jsonBody` gives
 * pact-reference `application/json` whatever the header says (a charset, say).
 * @example setTemplateBody(draft, { id: integer(1) }, 'application/json')
 */
export function setTemplateBody(draft: HttpDraft, template: unknown, contentType: string): void {
  const content = addTemplate(draft.rules, 'body', undefined, template);
  if (!hasHeader(draft, 'content-type')) (draft.headers ??= {})['Content-Type'] = [contentType];
  draft.body = { content, contentType, encoded: false };
}

const TEXT_TYPE = /^(text\/|application\/(.*\+)?(json|xml|x-www-form-urlencoded|javascript))/i;

/**
 * Set a raw body: text content types are kept as text, others as base64.
 * @example setRawBody(draft, 'text/plain', Buffer.from('hi'))
 */
export function setRawBody(draft: HttpDraft, contentType: string, body: Buffer | string): void {
  if (/xml/i.test(contentType) && setXmlTemplateBody(draft, contentType, String(body))) return;
  setBytes(draft, contentType, body);
}

/**
 * Set a body of bytes matched by its content type only, as pact-js's `binaryFile` and `body` (through
 * pact-reference's `with_binary_file`) do: a `contentType` rule on the whole body.
 * @example setBinaryBody(draft, 'image/png', readFileSync('logo.png'))
 */
export function setBinaryBody(draft: HttpDraft, contentType: string, body: Buffer | string): void {
  setBytes(draft, contentType, body);
  (draft.rules.matchingRules.body ??= {}).$ = { matchers: [{ match: 'contentType', value: contentType }] };
}

function setBytes(draft: HttpDraft, contentType: string, body: Buffer | string): void {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  if (!hasHeader(draft, 'content-type')) (draft.headers ??= {})['Content-Type'] = [contentType];
  draft.body = TEXT_TYPE.test(contentType)
    ? { content: buffer.toString('utf8'), contentType, encoded: false }
    : { content: buffer.toString('base64'), contentType, encoded: 'base64' };
}

// An `XmlBuilder.build()` result: written as XML, its matchers become body rules with XML paths.
function setXmlTemplateBody(draft: HttpDraft, contentType: string, body: string): boolean {
  const template = xmlFromTemplate(body);
  if (!template) return false;
  if (!hasHeader(draft, 'content-type')) (draft.headers ??= {})['Content-Type'] = [contentType];
  draft.body = { content: template.xml, contentType, encoded: false };
  const target = (draft.rules.matchingRules.body ??= {});
  for (const [path, rule] of Object.entries(template.rules)) target[path] = { matchers: [rule] };
  return true;
}

/**
 * Add matching rules given in pact-js's `matchingRules()` form (`{ body: { path, rules } }`).
 * @example addRules(draft, { body: { path: '$.id', rules: [integer(1)] } })
 */
export function addRules(draft: HttpDraft, rules: Rules): void {
  for (const [part, entries] of Object.entries(rules)) {
    for (const entry of values(entries ?? [])) {
      const key = part === 'path' || part === 'status' ? '' : (entry.path ?? '$');
      const target = (draft.rules.matchingRules[part] ??= {});
      const matchers = entry.rules.map(ruleFromMatcher);
      target[key] = { matchers: [...(target[key]?.matchers ?? []), ...matchers] };
    }
  }
}

/**
 * Finish a request draft into a model request.
 * @example finishRequest('GET', '/orders', draft)
 */
export function finishRequest(method: string, path: Path, draft: HttpDraft): HttpRequest {
  const literalPath = String(addTemplate(draft.rules, 'path', '', path));
  const request: HttpRequest = { method: method.toUpperCase(), path: literalPath };
  if (draft.query) request.query = draft.query;
  if (draft.headers) request.headers = draft.headers;
  if (draft.body) request.body = draft.body;
  return { ...request, ...finishRules(draft.rules) };
}

/**
 * Finish a response draft into a model response.
 * @example finishResponse(200, draft)
 */
export function finishResponse(status: unknown, draft: HttpDraft): HttpResponse {
  const literal = Number(addTemplate(draft.rules, 'status', '', status));
  const response: HttpResponse = { status: literal };
  if (draft.headers) response.headers = draft.headers;
  if (draft.body) response.body = draft.body;
  return { ...response, ...finishRules(draft.rules) };
}
