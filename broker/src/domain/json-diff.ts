/** One difference between two JSON values. */
export interface JsonDifference {
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Structural differences between two JSON values, by JSON path (at most `limit`). */
export function jsonDiff(
  before: unknown,
  after: unknown,
  path = '$',
  limit = 50,
  out: JsonDifference[] = [],
): JsonDifference[] {
  if (out.length >= limit) return out;
  const isObject = (v: unknown) => v !== null && typeof v === 'object';
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const a = before as Record<string, unknown>;
    const b = after as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const child = Array.isArray(before) ? `${path}[${key}]` : `${path}.${key}`;
      if (!(key in b)) out.push({ path: child, change: 'removed', before: a[key] });
      else if (!(key in a)) out.push({ path: child, change: 'added', after: b[key] });
      else jsonDiff(a[key], b[key], child, limit, out);
      if (out.length >= limit) break;
    }
    return out;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, change: 'changed', before, after });
  return out;
}
