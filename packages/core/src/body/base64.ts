/** Base64 and UTF-8 conversions without Node built-ins. */

declare const TextDecoder: {
  new (label?: string, options?: { fatal?: boolean }): { decode(bytes: Uint8Array): string };
};

// The platform's base64 (globals in Node and browsers, so core stays free of imports): measured faster than the
// hand-written codec it replaced (scripts/bench/core-helpers.mjs; docs/decisions/0001-libraries.md).
declare function atob(data: string): string;
declare function btoa(data: string): string;

const CHUNK = 0x8000;

/**
 * Bytes as a Latin-1 string, one character per byte.
 * @example latin1(new Uint8Array([104, 105])) // 'hi'
 */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

/**
 * Encode bytes as standard base64 (with padding).
 * @example bytesToBase64(new Uint8Array([0, 1])) // 'AAE='
 */
export function bytesToBase64(bytes: Uint8Array): string {
  return btoa(latin1(bytes));
}

const PLAIN = /^[A-Za-z0-9+/]*={0,2}$/;

// Already what atob takes (the common case): no copy.
function isPlainBase64(text: string): boolean {
  return PLAIN.test(text) && (text.length % 4 === 0 || (!text.includes('=') && text.length % 4 !== 1));
}

/**
 * True when the text is standard, padded base64 (what the reference implementation's strict decoder accepts).
 * @example isStrictBase64('AAE=') // true
 * @example isStrictBase64('Hello World!') // false
 */
export function isStrictBase64(text: string): boolean {
  return text.length % 4 === 0 && PLAIN.test(text);
}

function cleanBase64(text: string): string {
  const clean = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/[^A-Za-z0-9+/]/g, '');
  // A lone trailing character holds less than a byte: drop it, as a bit-by-bit decoder would.
  return clean.length % 4 === 1 ? clean.slice(0, -1) : clean;
}

/**
 * Decode standard or URL-safe base64 (padding optional; other characters are skipped).
 * @example base64ToBytes('AAE=') // Uint8Array [0, 1]
 */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(isPlainBase64(text) ? text : cleanBase64(text));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Decode UTF-8 bytes; undefined when they are not valid UTF-8. */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
