/**
 * Parse `a=1&a=2&b=x` (no leading `?`) into `{ a: ['1', '2'], b: ['x'] }`, decoding percent escapes and `+`.
 * A parameter without `=` gets the value `''`; malformed escapes are kept as written.
 * @example parseQueryString('q=a+b&n=1') // { q: ['a b'], n: ['1'] }
 */
export function parseQueryString(query: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const text = query.startsWith('?') ? query.slice(1) : query;
  if (text === '') return out;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodeQueryPart(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeQueryPart(pair.slice(eq + 1));
    (out[name] ??= []).push(value);
  }
  return out;
}

/**
 * Write a query map as a query string (no leading `?`), keys in the given order, values percent-encoded.
 * @example formatQueryString({ q: ['a b'], n: ['1'] }) // 'q=a%20b&n=1'
 */
export function formatQueryString(query: Record<string, string[]>): string {
  const parts: string[] = [];
  for (const [name, values] of Object.entries(query)) {
    for (const value of values) parts.push(`${encodeQueryPart(name)}=${encodeQueryPart(value)}`);
  }
  return parts.join('&');
}

function decodeQueryPart(part: string): string {
  const plusDecoded = part.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plusDecoded);
  } catch {
    return plusDecoded.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

// Keep the characters query strings commonly leave as they are readable (`/`, `:`, `,`, `@`, ...).
function encodeQueryPart(part: string): string {
  return encodeURIComponent(part).replace(/%(2F|3A|2C|40|24|21|27|28|29|2A|3B)/gi, (m) => decodeURIComponent(m));
}
