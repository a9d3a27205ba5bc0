import { isStrictBase64 } from '../body/base64';
import { isTextType } from '../body/content-type';
import type { Body } from '../model';
import { below, invalid, isObject, type InputPath, type JsonObject, type ReadContext } from './read-context';

const HINTS = ['TEXT', 'BINARY', 'DEFAULT'];

/**
 * Read a V1-V3 body: the raw JSON value in the file. Its content type comes from the headers
 * (or message metadata) and is JSON when the body is an object or array. A string under a binary
 * content type is base64 when it decodes as such, as pact-reference reads it (and as V2/V3 pacts are written).
 */
export function normalizeRawBody(content: unknown, contentType: string | undefined): Body {
  const type = contentType ?? (typeof content === 'object' && content !== null ? 'application/json' : undefined);
  if (type === undefined) return { content };
  if (typeof content === 'string' && content !== '' && !isTextType(type) && isStrictBase64(content))
    return { content, contentType: type, encoded: 'base64' };
  return { content, contentType: type };
}

const BODY_KEYS = ['content', 'contentType', 'encoded', 'contentTypeHint'];

/**
 * Read a V4 body object `{ content, contentType, encoded, contentTypeHint }`.
 * `encoded: 'json'` content (JSON text) is parsed; base64 content stays base64 text.
 * Like the reference implementation, a value that is not a body object is read as a raw (V3-style) body.
 * @throws TreatyError TREATY_CORE_INVALID_PACT when a body object's fields are malformed or its JSON text does not
 *   parse.
 */
export function normalizeV4Body(
  ctx: ReadContext,
  path: InputPath,
  json: unknown,
  contentType: string | undefined,
): Body {
  if (!isV4BodyObject(json)) return normalizeRawBody(json, contentType);
  const obj = json;
  const body: Body = { content: obj.content };
  if (obj.contentType !== undefined) {
    if (typeof obj.contentType !== 'string')
      invalid(ctx, below(path, 'contentType'), 'a content type string', obj.contentType);
    body.contentType = obj.contentType;
  }
  if (obj.encoded !== undefined) body.encoded = readEncoded(ctx, below(path, 'encoded'), obj.encoded);
  if (obj.contentTypeHint !== undefined) {
    if (!HINTS.includes(obj.contentTypeHint as string))
      invalid(ctx, below(path, 'contentTypeHint'), 'TEXT, BINARY or DEFAULT', obj.contentTypeHint);
    body.contentTypeHint = obj.contentTypeHint as Body['contentTypeHint'];
  }
  if (typeof body.encoded === 'string' && body.encoded.toLowerCase() === 'json' && typeof obj.content === 'string') {
    body.content = parseJsonText(ctx, below(path, 'content'), obj.content);
  }
  return body;
}

function isV4BodyObject(json: unknown): json is JsonObject {
  return isObject(json) && ('content' in json || Object.keys(json).every((key) => BODY_KEYS.includes(key)));
}

/** The content type named by headers (case-insensitive), first value. */
export function contentTypeFromHeaders(headers: Record<string, string[]> | undefined): string | undefined {
  if (!headers) return undefined;
  const name = Object.keys(headers).find((key) => key.toLowerCase() === 'content-type');
  return name === undefined ? undefined : headers[name][0];
}

/** The content type named by message metadata (`contentType`, `content-type`, `content_type`). */
export function contentTypeFromMetadata(metadata: Record<string, unknown> | undefined): string | undefined {
  if (!isObject(metadata)) return undefined;
  const name = Object.keys(metadata).find((key) =>
    ['contenttype', 'content-type', 'content_type'].includes(key.toLowerCase()),
  );
  const value = name === undefined ? undefined : metadata[name];
  return typeof value === 'string' ? value : undefined;
}

function readEncoded(ctx: ReadContext, path: InputPath, value: unknown): false | string {
  if (value === false || typeof value === 'string') return value;
  return invalid(ctx, path, 'false, "base64" or "json"', value);
}

function parseJsonText(ctx: ReadContext, path: InputPath, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return invalid(ctx, path, 'JSON text (the body says encoded: "json")', text);
  }
}
