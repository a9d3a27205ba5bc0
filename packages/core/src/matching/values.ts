/** Small helpers for describing and comparing JSON values in mismatches. */

/** The Pact-style type name of a JSON value: `String`, `Integer`, `Decimal`, `Boolean`, `Null`, `Array`, `Object`. */
export function typeName(value: unknown): string {
  if (value === null) return 'Null';
  if (value === undefined) return 'Missing';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Decimal';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}

/** The coarse kind used by the `type` rule: numbers of any kind are one type. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short printable form of a value: strings in single quotes, others as JSON, long ones cut. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? `'${value}'` : safeJson(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A value with its type, as in "'abc' (String)". */
export function showTyped(value: unknown): string {
  return `${show(value)} (${typeName(value)})`;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Deep equality of JSON values (object key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys)
      if (!Object.prototype.hasOwnProperty.call(b, key) || !deepEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** The text a scalar reads as for string rules (regex, include, dates); undefined for containers and null. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
