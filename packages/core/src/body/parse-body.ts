import type { Body } from '../model';
import { base64ToBytes, bytesToBase64, utf8Decode } from './base64';
import { isJsonType, isTextType } from './content-type';

/**
 * Turn raw bytes or text received by a transport into a {@link Body}: JSON is parsed when the content type
 * is JSON-ish (or, with no content type, when the text parses as an object or array); invalid JSON under a
 * JSON content type stays a string for matching to report; binary bytes become base64 with `encoded: 'base64'`.
 * @example parseBody('{"a":1}', 'application/json') // { content: { a: 1 }, contentType: 'application/json' }
 */
export function parseBody(raw: string | Uint8Array | undefined, contentType?: string): Body | undefined {
  if (raw === undefined) return undefined;
  const text = typeof raw === 'string' ? raw : bytesAsText(raw, contentType);
  if (text === undefined)
    return withType({ content: bytesToBase64(raw as Uint8Array), encoded: 'base64' }, contentType);
  if (text === '') return withType({ content: '' }, contentType);
  if (isJsonType(contentType)) {
    const parsed = tryJson(text);
    return withType({ content: parsed === undefined ? text : parsed.value }, contentType);
  }
  if (contentType === undefined) {
    const parsed = /^\s*[[{]/.test(text) ? tryJson(text) : undefined;
    if (parsed !== undefined) return { content: parsed.value, contentType: 'application/json' };
  }
  return withType({ content: text }, contentType);
}

/**
 * Turn a {@link Body} into the text or bytes to send on the wire: base64 content as bytes, strings as they are,
 * anything else as JSON text.
 * @example encodeBody({ content: { a: 1 }, contentType: 'application/json' }) // '{"a":1}'
 */
export function encodeBody(body: Body | undefined): string | Uint8Array | undefined {
  if (body === undefined || body.content === undefined) return undefined;
  if (body.encoded === 'base64' && typeof body.content === 'string') return base64ToBytes(body.content);
  if (typeof body.content === 'string' && !isJsonEncoded(body)) return body.content;
  return JSON.stringify(body.content);
}

function isJsonEncoded(body: Body): boolean {
  return typeof body.encoded === 'string' && body.encoded.toLowerCase() === 'json';
}

function bytesAsText(bytes: Uint8Array, contentType: string | undefined): string | undefined {
  if (contentType !== undefined && !isTextType(contentType)) return undefined;
  return utf8Decode(bytes);
}

function tryJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function withType(body: Body, contentType: string | undefined): Body {
  if (contentType !== undefined) body.contentType = contentType;
  return body;
}
