import { parseQueryString } from '../body/query-string';
import type { SpecVersion } from '../model';
import { below, expectObject, invalid, type InputPath, type ReadContext } from './read-context';

/**
 * Read headers: V1-V3 write each value as one string (never split on commas, `Date` values contain them);
 * V4 writes arrays. Both shapes are accepted in every version.
 * @throws TreatyError TREATY_CORE_INVALID_PACT when a value is neither a string nor an array of strings.
 */
export function normalizeHeaders(ctx: ReadContext, path: InputPath, json: unknown): Record<string, string[]> {
  const headers = expectObject(ctx, path, json, 'an object of header names to values');
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    // The common shape, one string, is read without writing its path.
    out[name] =
      typeof value === 'string'
        ? [value]
        : stringList(ctx, below(path, name), value, 'a header value (a string or an array of strings)');
  }
  return out;
}

/**
 * Read a query: a string `a=1&b=2` (V1, V2) or a map of names to arrays or strings (V3, V4).
 * @throws TreatyError TREATY_CORE_INVALID_PACT for any other shape.
 */
export function normalizeQuery(
  ctx: ReadContext,
  path: InputPath,
  json: unknown,
  specVersion: SpecVersion,
): Record<string, string[]> {
  if (typeof json === 'string') return parseQueryString(json);
  const what = isV1OrV2(specVersion)
    ? 'a query string such as "a=1&b=2"'
    : 'an object of parameter names to arrays of strings';
  const query = expectObject(ctx, path, json, what);
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(query)) {
    out[name] = stringList(ctx, below(path, name), value, 'a query value (a string or an array of strings)');
  }
  return out;
}

/** True for the versions whose queries are strings and rules are flat. */
export function isV1OrV2(specVersion: SpecVersion): boolean {
  return specVersion === 'V1' || specVersion === 'V1.1' || specVersion === 'V2';
}

// Numbers and booleans are read as their text, as other Pact implementations do with hand-written files.
function stringList(ctx: ReadContext, path: InputPath, value: unknown, what: string): string[] {
  if (isScalar(value)) return [String(value)];
  if (!Array.isArray(value)) invalid(ctx, path, what, value);
  return value.map((item, i) => {
    if (!isScalar(item)) invalid(ctx, below(path, i), 'a string', item);
    return String(item);
  });
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
