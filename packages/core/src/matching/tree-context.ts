import type { Mismatch, MismatchType } from '../model';
import type { PathSegment } from '../json-path/json-path';
import type { RuleIndex } from './rule-index';

/** Everything a tree comparison (JSON body, query, form) needs to know about where it is. */
export interface TreeContext {
  rules: RuleIndex;
  /** Responses and messages allow keys the example does not have; requests do not. */
  allowUnexpectedKeys: boolean;
  /** Values are text (query, headers, forms): number rules may read strings. */
  fromText: boolean;
  /** Scalar rules named on a container apply to its items (query parameter values). */
  scalarRulesReachItems: boolean;
  type: MismatchType;
  /** What a key is called in messages: `key`, `query parameter`, `form field`. */
  noun: string;
  formatPath(segments: readonly PathSegment[]): string;
  mismatches: Mismatch[];
}

/** Record one mismatch. */
export function report(
  ctx: TreeContext,
  segments: readonly PathSegment[],
  expected: unknown,
  actual: unknown,
  message: string,
  rule?: string,
): void {
  const mismatch: Mismatch = { type: ctx.type, path: ctx.formatPath(segments), expected, actual, message };
  if (rule !== undefined) mismatch.rule = rule;
  ctx.mismatches.push(mismatch);
}
