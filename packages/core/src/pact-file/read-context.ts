import { coreErrors } from '../core-errors';
import { appendJsonPath, type PathSegment } from '../json-path/json-path';
import { isObject } from '../matching/values';

/** Where the reader is in the input, for error messages. */
export interface ReadContext {
  /** The file or URL the pact came from. */
  source?: string;
  /** The description of the interaction being read. */
  interaction?: string;
}

/**
 * Where a value sits in the input: JSON path text, or a step below a parent path. Readers pass paths down for error
 * messages only, so the text is written when an error needs it (a large pact has tens of thousands of values).
 */
export type InputPath = string | { readonly parent: InputPath; readonly step: PathSegment };

/** The path one step below `parent` (`$.a` and `b` → `$.a.b`), written out only if an error names it. */
export function below(parent: InputPath, step: PathSegment): InputPath {
  return { parent, step };
}

/**
 * The text of a path.
 * @example pathText(below(below('$', 'items'), 0)) // '$.items[0]'
 */
function pathText(path: InputPath): string {
  return typeof path === 'string' ? path : appendJsonPath(pathText(path.parent), path.step);
}

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>;

// One copy of the plain-object check, shared with matching.
export { isObject };

/** Describe a value briefly for an error message ("42 (number)"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text =
    typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value) : String(value);
  return `${text} (${typeof value})`;
}

/**
 * Throw TREATY_CORE_INVALID_PACT for the value at `at`, saying what was expected.
 * @throws TreatyError TREATY_CORE_INVALID_PACT always.
 */
export function invalid(ctx: ReadContext, at: InputPath, expected: string, value: unknown): never {
  const path = pathText(at);
  const where = ctx.interaction === undefined ? `at ${path}` : `in interaction "${ctx.interaction}" at ${path}`;
  const reason = `${where} expected ${expected} but found ${describeValue(value)}`;
  throw coreErrors.TREATY_CORE_INVALID_PACT([ctx.source ? ` ${ctx.source}` : '', reason], {
    source: ctx.source,
    interaction: ctx.interaction,
    path,
  });
}

/** Read an object at `path`, or throw. */
export function expectObject(ctx: ReadContext, path: InputPath, value: unknown, what = 'an object'): JsonObject {
  if (!isObject(value)) invalid(ctx, path, what, value);
  return value;
}

/** Read a string at `path`, or throw. */
export function expectString(ctx: ReadContext, path: InputPath, value: unknown, what = 'a string'): string {
  if (typeof value !== 'string') invalid(ctx, path, what, value);
  return value;
}
