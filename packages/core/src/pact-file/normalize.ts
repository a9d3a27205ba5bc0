import { formatQueryString } from '../body/query-string';
import type { Body, HttpRequest, HttpResponse, Message, SpecVersion } from '../model';
import { contentTypeFromHeaders, contentTypeFromMetadata, normalizeRawBody, normalizeV4Body } from './normalize-body';
import { normalizeHeaders, normalizeQuery } from './normalize-headers';
import { normalizeGenerators, normalizeMatchingRules } from './normalize-rules';
import {
  below,
  expectObject,
  expectString,
  invalid,
  type InputPath,
  type JsonObject,
  type ReadContext,
} from './read-context';

/** Values for the parts a request or response may leave out when it states only what it cares about. */
export interface PartDefaults {
  method?: string;
  path?: string;
  status?: number;
}

/** Options of the part normalisers: where the part sits, for error messages, and defaults for missing parts. */
export interface NormalizeOptions extends ReadContext {
  /**
   * The JSON path of the part in its file, e.g. `$.interactions[2].request` (or a lazily written {@link InputPath}).
   * Defaults to `$`.
   */
  path?: InputPath;
  /**
   * Values for a missing `method`, `path` or `status` (the specification's test cases leave out what they do not
   * test). Without one, the part is required, as in a pact file.
   */
  defaults?: PartDefaults;
}

// `null` headers, query, metadata, rules and generators mean "none", as in the reference implementation;
// a `null` body is kept (also a V4 `"body": null`, read as a raw body), because an expected null body must match only a
// null body.

/**
 * Read a request exactly as it stands in a pact file of `specVersion` into the model.
 * @example normalizeRequest({ method: 'GET', path: '/a', query: 'x=1' }, 'V2') // query: { x: ['1'] }
 * @throws TreatyError TREATY_CORE_INVALID_PACT naming the JSON path of a malformed part.
 */
export function normalizeRequest(json: unknown, specVersion: SpecVersion, options: NormalizeOptions = {}): HttpRequest {
  const path = options.path ?? '$';
  const obj = expectObject(options, path, json, 'a request object { "method": ..., "path": ... }');
  const defaults = options.defaults ?? {};
  const request: HttpRequest = {
    method: expectString(
      options,
      below(path, 'method'),
      obj.method ?? defaults.method,
      'an HTTP method string such as "GET"',
    ),
    path: expectString(
      options,
      below(path, 'path'),
      obj.path ?? defaults.path,
      'a request path string such as "/orders/1"',
    ),
  };
  if (obj.query != null) request.query = normalizeQuery(options, below(path, 'query'), obj.query, specVersion);
  if (typeof obj.query === 'string' && formatQueryString(request.query!) !== obj.query) request.queryString = obj.query;
  if (obj.headers != null) request.headers = normalizeHeaders(options, below(path, 'headers'), obj.headers);
  readHttpTail(request, options, path, obj, specVersion);
  return request;
}

/**
 * Read a response exactly as it stands in a pact file of `specVersion` into the model.
 * @example normalizeResponse({ status: 200, body: { ok: true } }, 'V3') // body: { content: { ok: true }, contentType:
 *   'application/json' }
 * @throws TreatyError TREATY_CORE_INVALID_PACT naming the JSON path of a malformed part.
 */
export function normalizeResponse(
  json: unknown,
  specVersion: SpecVersion,
  options: NormalizeOptions = {},
): HttpResponse {
  const path = options.path ?? '$';
  const obj = expectObject(options, path, json, 'a response object { "status": ... }');
  const status = obj.status ?? options.defaults?.status;
  if (typeof status !== 'number' || !Number.isInteger(status)) {
    invalid(options, below(path, 'status'), 'an integer HTTP status such as 200', status);
  }
  const response: HttpResponse = { status };
  if (obj.headers != null) response.headers = normalizeHeaders(options, below(path, 'headers'), obj.headers);
  readHttpTail(response, options, path, obj, specVersion);
  return response;
}

/**
 * Read a message (`contents`, `metadata`, rules, generators) exactly as it stands in a pact file of `specVersion`.
 * V1-V3 contents are raw JSON values; V4 contents are body objects. `metaData` is read as `metadata`.
 * @throws TreatyError TREATY_CORE_INVALID_PACT naming the JSON path of a malformed part.
 */
export function normalizeMessage(json: unknown, specVersion: SpecVersion, options: NormalizeOptions = {}): Message {
  const path = options.path ?? '$';
  const obj = expectObject(options, path, json, 'a message object { "contents": ..., "metadata": ... }');
  const message: Message = {};
  const metadataKey = obj.metadata === undefined && obj.metaData !== undefined ? 'metaData' : 'metadata';
  if (obj[metadataKey] != null) {
    message.metadata = expectObject(
      options,
      below(path, metadataKey),
      obj[metadataKey],
      'an object of message metadata',
    );
  }
  if (obj.contents !== undefined) {
    message.contents = readBody(
      options,
      below(path, 'contents'),
      obj.contents,
      specVersion,
      contentTypeFromMetadata(message.metadata),
    );
  }
  readRulesAndGenerators(message, options, path, obj);
  return message;
}

// The parts after the request line or status: body, rules and generators, added to `part` in that order.
function readHttpTail(
  part: HttpRequest | HttpResponse,
  ctx: ReadContext,
  path: InputPath,
  obj: JsonObject,
  version: SpecVersion,
): void {
  if (obj.body !== undefined) {
    part.body = readBody(ctx, below(path, 'body'), obj.body, version, contentTypeFromHeaders(part.headers));
  }
  readRulesAndGenerators(part, ctx, path, obj);
}

function readBody(
  ctx: ReadContext,
  path: InputPath,
  json: unknown,
  version: SpecVersion,
  contentType: string | undefined,
): Body {
  return version === 'V4' ? normalizeV4Body(ctx, path, json, contentType) : normalizeRawBody(json, contentType);
}

function readRulesAndGenerators(
  part: Pick<Message, 'matchingRules' | 'generators'>,
  ctx: ReadContext,
  path: InputPath,
  obj: JsonObject,
): void {
  if (obj.matchingRules != null)
    part.matchingRules = normalizeMatchingRules(ctx, below(path, 'matchingRules'), obj.matchingRules);
  if (obj.generators != null) part.generators = normalizeGenerators(ctx, below(path, 'generators'), obj.generators);
}
