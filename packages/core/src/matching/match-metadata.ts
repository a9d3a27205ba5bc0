import type { Mismatch, RuleList } from '../model';
import { asRuleList } from './rule-index';
import { mediaTypeMatches } from './media-type';
import { applyRuleList } from './rules/rule-registry';
import { deepEqual, scalarText, show } from './values';

const CONTENT_TYPE_KEYS = ['contenttype', 'content-type'];

function findKey(record: Record<string, unknown>, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(record, key)) return key;
  const lower = key.toLowerCase();
  if (CONTENT_TYPE_KEYS.includes(lower))
    return Object.keys(record).find((k) => CONTENT_TYPE_KEYS.includes(k.toLowerCase()));
  return Object.keys(record).find((k) => k.toLowerCase() === lower);
}

/**
 * Match message metadata key by key: extra actual keys are allowed, `contentType` and `content-type`
 * are the same key and compare as media types, `metadata` rules apply by key.
 */
export function matchMetadata(
  expected: Record<string, unknown> | undefined,
  actual: Record<string, unknown> | undefined,
  rules: Record<string, RuleList> | undefined,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const actualRecord = actual ?? {};
  for (const [key, value] of Object.entries(expected ?? {})) {
    const actualKey = findKey(actualRecord, key);
    const other = actualKey === undefined ? undefined : actualRecord[actualKey];
    const ruleKey = rules ? findKey(rules as Record<string, unknown>, key) : undefined;
    if (actualKey === undefined) {
      mismatches.push({
        type: 'metadata',
        path: key,
        expected: value,
        actual: undefined,
        message: `Expected metadata '${key}' but it was missing`,
      });
    } else if (ruleKey !== undefined) {
      for (const f of applyRuleList(asRuleList(rules![ruleKey]), value, other, { direct: true, fromText: true })) {
        mismatches.push({
          type: 'metadata',
          path: key,
          expected: value,
          actual: other,
          message: `Metadata '${key}': ${f.message}`,
          rule: f.rule,
        });
      }
    } else if (!metadataValuesMatch(key, value, other)) {
      mismatches.push({
        type: 'metadata',
        path: key,
        expected: value,
        actual: other,
        message: `Expected metadata '${key}' to be ${show(value)} but received ${show(other)}`,
      });
    }
  }
  return mismatches;
}

function metadataValuesMatch(key: string, expected: unknown, actual: unknown): boolean {
  if (CONTENT_TYPE_KEYS.includes(key.toLowerCase()) && typeof expected === 'string' && typeof actual === 'string') {
    return mediaTypeMatches(expected, actual);
  }
  if (deepEqual(expected, actual)) return true;
  const e = scalarText(expected);
  return e !== undefined && e === scalarText(actual);
}

/** The content type a message's metadata names, if any. */
export function metadataContentType(metadata: Record<string, unknown> | undefined): string | undefined {
  if (metadata === undefined) return undefined;
  const key = findKey(metadata, 'contentType');
  const value = key === undefined ? undefined : metadata[key];
  return typeof value === 'string' ? value : undefined;
}
