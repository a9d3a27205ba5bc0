import type { Mismatch, RuleList } from '../model';
import { asRuleList } from './rule-index';
import { mediaTypeMatches } from './media-type';
import { applyRuleList, type RuleFailure } from './rules/rule-registry';

const MEDIA_TYPE_HEADERS = new Set(['content-type']);
const MEDIA_RANGE_HEADERS = new Set(['accept']);

// The values under the names that are `lower` case-insensitively (a `$.` prefix dropped), in order. Lengths are
// compared first: this runs for every expected header against every actual one.
function valuesNamed<T>(record: Record<string, T> | undefined, lower: string): T[] | undefined {
  if (record === undefined) return undefined;
  let found: T[] | undefined;
  for (const name of Object.keys(record)) {
    const bare = name.startsWith('$.') ? name.slice(2) : name;
    if (bare.length === lower.length && bare.toLowerCase() === lower) (found ??= []).push(record[name]);
  }
  return found;
}

function splitValues(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Match headers: names case-insensitive, extra actual headers allowed, comma-separated values compared
 * in order after trimming, `Content-Type` and `Accept` as media types (extra parameters such as charset allowed).
 */
export function matchHeaders(
  expected: Record<string, string[]> | undefined,
  actual: Record<string, string[]> | undefined,
  rules: Record<string, RuleList> | undefined,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const [name, values] of Object.entries(expected ?? {})) {
    const lower = name.toLowerCase();
    const expectedText = values.join(', ');
    const found = valuesNamed(actual, lower);
    if (found === undefined) {
      mismatches.push({
        type: 'header',
        path: name,
        expected: expectedText,
        actual: undefined,
        message: `Expected header '${name}' but it was missing`,
      });
      continue;
    }
    const actualText = found.flat().join(', ');
    const ruleLists = valuesNamed(rules, lower);
    if (ruleLists !== undefined) {
      for (const failure of headerRuleFailures(ruleLists.map(asRuleList), expectedText, actualText)) {
        mismatches.push({
          type: 'header',
          path: name,
          expected: expectedText,
          actual: failure.value,
          message: `Header '${name}': ${failure.message}`,
          rule: failure.rule,
        });
      }
    } else if (!headerValuesMatch(lower, expectedText, actualText)) {
      mismatches.push({
        type: 'header',
        path: name,
        expected: expectedText,
        actual: actualText,
        message: `Expected header '${name}' to have value '${expectedText}' but received '${actualText}'`,
      });
    }
  }
  return mismatches;
}

// A rule applies to the whole header value, or else to each of its comma-separated values; a failure of a
// repeated header names the value that failed, not the joined ones.
function headerRuleFailures(
  lists: RuleList[],
  expected: string,
  actual: string,
): Array<RuleFailure & { value: string }> {
  const list: RuleList = { matchers: lists.flatMap((l) => l.matchers), combine: lists[0]?.combine };
  const options = { direct: true, fromText: true };
  const whole = applyRuleList(list, expected, actual, options);
  if (whole.length === 0) return [];
  const parts = splitValues(actual);
  if (parts.length <= 1) return whole.map((failure) => ({ ...failure, value: actual }));
  return parts.flatMap((part) =>
    applyRuleList(list, expected, part, options).map((failure) => ({ ...failure, value: part })),
  );
}

// Only values written as `type/subtype` are compared as media types; anything else (`Accept: alligators`) is plain
// text.
function sameMediaType(expected: string, actual: string): boolean {
  return MEDIA_TYPE_SHAPE.test(expected) ? mediaTypeMatches(expected, actual) : expected === actual;
}

const MEDIA_TYPE_SHAPE = /^\s*[^\s/;,]+\/[^\s/;,]+/;

/** True when an actual header value satisfies the expected one (no rules). */
export function headerValuesMatch(lowerName: string, expected: string, actual: string): boolean {
  if (MEDIA_TYPE_HEADERS.has(lowerName)) return sameMediaType(expected, actual);
  const e = splitValues(expected);
  const a = splitValues(actual);
  if (e.length !== a.length) return false;
  if (MEDIA_RANGE_HEADERS.has(lowerName)) return e.every((value, i) => sameMediaType(value, a[i]));
  return e.every((value, i) => value === a[i]);
}
