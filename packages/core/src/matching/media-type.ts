/** Media types as Pact compares them: base type case-insensitive, parameters by name. */
import { base64ToBytes, latin1 } from '../body/base64';

// The classification lives in body/content-type (one copy); re-exported for the matching modules that import it here.
export { bodyKindOf, type BodyKind } from '../body/content-type';

/** A parsed media type such as `application/json; charset=UTF-8`. */
export interface MediaType {
  /** `type/subtype`, lower case. */
  base: string;
  params: Record<string, string>;
}

const parsed = new Map<string, MediaType>();

/**
 * Parse a media type; parameters keep their values (quotes removed), names lower-cased. The result is shared: do not
 * change it.
 */
export function parseMediaType(text: string): MediaType {
  let type = parsed.get(text);
  if (type === undefined) {
    type = parseFresh(text);
    // Headers repeat across requests (every verification of one pact); the bound keeps odd traffic from growing it.
    if (parsed.size > 500) parsed.clear();
    parsed.set(text, type);
  }
  return type;
}

function parseFresh(text: string): MediaType {
  const [base, ...rest] = text.split(';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    params[name] = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { base: base.trim().toLowerCase(), params };
}

/**
 * True when `actual` satisfies `expected`: same base type, and every parameter the expected
 * type names present with the same value (charset compared case-insensitively); extra actual parameters are fine.
 */
export function mediaTypeMatches(expected: string, actual: string): boolean {
  const e = parseMediaType(expected);
  const a = parseMediaType(actual);
  if (e.base !== a.base) return false;
  for (const [name, value] of Object.entries(e.params)) {
    const other = a.params[name];
    if (other === undefined) return false;
    if (name === 'charset' ? other.toLowerCase() !== value.toLowerCase() : other !== value) return false;
  }
  return true;
}

/** Guess the media type of body content by looking at it (magic bytes for base64 binaries). */
export function detectContentType(content: unknown, base64: boolean): string {
  if (typeof content !== 'string') return 'application/json';
  const text = base64 ? decodeBase64Head(content) : content;
  const head = text.trimStart();
  if (head.startsWith('\u0089PNG')) return 'image/png';
  if (head.startsWith('\u00ff\u00d8\u00ff')) return 'image/jpeg';
  if (head.startsWith('GIF8')) return 'image/gif';
  if (head.startsWith('%PDF')) return 'application/pdf';
  if (head.startsWith('<?xml') || /^<[A-Za-z]/.test(head))
    return head.toLowerCase().startsWith('<!doctype html') || head.toLowerCase().startsWith('<html')
      ? 'text/html'
      : 'application/xml';
  if (looksLikeJson(head)) return 'application/json';
  return base64 && hasControlCharacters(text) ? 'application/octet-stream' : 'text/plain';
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) return true;
  }
  return false;
}

function looksLikeJson(text: string): boolean {
  if (!/^[[{"]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode base64 into a Latin-1 string (one character per byte); only the head (enough to sniff) unless `all`.
 * @example decodeBase64Head('aGVsbG8=', true) // 'hello'
 */
export function decodeBase64Head(text: string, all = false): string {
  return latin1(base64ToBytes(all ? text : text.slice(0, 128)).subarray(0, all ? undefined : 48));
}
