import type { ErrorObject } from 'ajv';
import { instancePathToJsonPath } from './json-pointer';
import type { OpenApiIssue, OpenApiIssueCode } from './types';

/** Build an issue (an error unless said otherwise). */
export function issue(code: OpenApiIssueCode, message: string, extra: Partial<OpenApiIssue> = {}): OpenApiIssue {
  return { code, severity: 'error', message, ...extra };
}

function describeError(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties')
    return `must not have property '${String(error.params.additionalProperty)}'`;
  if (error.keyword === 'enum') return `must be one of ${JSON.stringify(error.params.allowedValues)}`;
  return error.message ?? `fails '${error.keyword}'`;
}

/**
 * An `anyOf`/`oneOf` whose branches all failed on type alone says it once: `must be object or null`, rather than
 * one line per branch and one for the combination.
 */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const rewritten = new Map<ErrorObject, ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') continue;
    // Branches reached through a `$ref` carry the target's schema path, so they are found by instance path.
    const branches = errors.filter((e) => e !== error && e.instancePath === error.instancePath);
    if (branches.length === 0 || branches.some((e) => e.keyword !== 'type')) continue;
    branches.forEach((e) => dropped.add(e));
    const types = [...new Set(branches.map((e) => String(e.params.type)))];
    rewritten.set(error, { ...error, message: `must be ${types.join(' or ')}` });
  }
  return errors.filter((e) => !dropped.has(e)).map((e) => rewritten.get(e) ?? e);
}

/** Render ajv errors as `body.items[0].price must be number` (at most `limit`). */
export function schemaErrorMessages(
  prefix: string,
  errors: ErrorObject[],
  limit = 10,
): Array<{ path: string; message: string; error: ErrorObject }> {
  const seen = new Set<string>();
  const out: Array<{ path: string; message: string; error: ErrorObject }> = [];
  for (const error of collapseAlternatives(errors)) {
    if (error.keyword === 'if' || error.keyword === '$ref') continue;
    const path = prefix + instancePathToJsonPath(error.instancePath);
    const message = `${path} ${describeError(error)}`;
    if (seen.has(message)) continue;
    seen.add(message);
    out.push({ path, message, error });
    if (out.length >= limit) break;
  }
  return out;
}

/** Read a header case-insensitively from a map of strings or string lists. */
export function headerValue(
  headers: Record<string, string | string[] | undefined> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === lower) return Array.isArray(value) ? value.join(', ') : value;
  }
  return undefined;
}
