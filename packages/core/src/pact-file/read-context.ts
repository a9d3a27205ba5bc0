import { coreErrors } from '../core-errors';
import { isObject } from '../matching/values';

/** Where the reader is in the input, for error messages. */
export interface ReadContext {
  /** The file or URL the pact came from. */
  source?: string;
  /** The description of the interaction being read. */
  interaction?: string;
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
 * Throw TREATY_CORE_INVALID_PACT for the value at `path`, saying what was expected.
 * @throws TreatyError TREATY_CORE_INVALID_PACT always.
 */
export function invalid(ctx: ReadContext, path: string, expected: string, value: unknown): never {
  const where = ctx.interaction === undefined ? `at ${path}` : `in interaction "${ctx.interaction}" at ${path}`;
  const reason = `${where} expected ${expected} but found ${describeValue(value)}`;
  throw coreErrors.TREATY_CORE_INVALID_PACT([ctx.source ? ` ${ctx.source}` : '', reason], {
    source: ctx.source,
    interaction: ctx.interaction,
    path,
  });
}

/** Read an object at `path`, or throw. */
export function expectObject(ctx: ReadContext, path: string, value: unknown, what = 'an object'): JsonObject {
  if (!isObject(value)) invalid(ctx, path, what, value);
  return value;
}

/** Read a string at `path`, or throw. */
export function expectString(ctx: ReadContext, path: string, value: unknown, what = 'a string'): string {
  if (typeof value !== 'string') invalid(ctx, path, what, value);
  return value;
}
