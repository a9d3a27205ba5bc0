/**
 * Property: an example always matches its own matchers. Random JSON bodies get rule sets derived
 * from their own values (type, integer, regex of the value, eachLike with min, arrayContains, ...),
 * and the example, sent back as the actual response or message, must match in V3 and V4.
 */
import fc from 'fast-check';
import { matchMessage, matchResponse, type MatchingRule } from '@treaty/core';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function pathOf(segments: Array<string | number>): string {
  let out = '$';
  for (const s of segments)
    out += typeof s === 'number' ? `[${s}]` : `['${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// Rules a value always satisfies, chosen by `pick` (a number from the generator).
function rulesFor(value: Json, pick: number): MatchingRule[] {
  if (value === null) return [[{ match: 'null' }], [{ match: 'type' }]][pick % 2];
  if (typeof value === 'boolean')
    return [[{ match: 'boolean' }], [{ match: 'type' }], [{ match: 'equality' }]][pick % 3];
  if (typeof value === 'number') {
    const numeric = Number.isInteger(value) ? { match: 'integer' } : { match: 'decimal' };
    return [[numeric], [{ match: 'number' }], [{ match: 'type' }]][pick % 3];
  }
  if (typeof value === 'string') {
    const options: MatchingRule[][] = [
      [{ match: 'type' }],
      [{ match: 'regex', regex: `^${escapeRegex(value)}$` }],
      [{ match: 'include', value: value.slice(0, pick % (value.length + 1)) }],
    ];
    if (value !== '') options.push([{ match: 'notEmpty' }]);
    return options[pick % options.length];
  }
  if (Array.isArray(value)) {
    const options: MatchingRule[][] = [
      [{ match: 'type', min: Math.min(1, value.length) }],
      [{ match: 'type', max: value.length }],
      [{ match: 'equality' }],
    ];
    if (value.length > 0)
      options.push([{ match: 'arrayContains', variants: value.map((_, index) => ({ index, rules: {} })) }]);
    return options[pick % options.length];
  }
  return [[{ match: 'type' }], [{ match: 'values' }], [{ match: 'equality' }]][pick % 3];
}

function deriveRules(
  value: Json,
  picks: number[],
  segments: Array<string | number> = [],
  out: Record<string, { matchers: MatchingRule[] }> = {},
): Record<string, { matchers: MatchingRule[] }> {
  const pick = picks[(segments.length * 7 + Object.keys(out).length) % picks.length];
  if (pick % 3 !== 0) out[pathOf(segments)] = { matchers: rulesFor(value, pick) };
  const arrayContains = out[pathOf(segments)]?.matchers.some(
    (r) => r.match === 'arrayContains' || r.match === 'equality',
  );
  if (arrayContains) return out;
  if (Array.isArray(value)) value.forEach((item, i) => deriveRules(item, picks, [...segments, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) deriveRules(item, picks, [...segments, key], out);
  return out;
}

const jsonBody = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>;
const picks = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 20 });

describe('an example always matches its own matchers', () => {
  it('V3 responses', () => {
    fc.assert(
      fc.property(jsonBody, picks, (body, choice) => {
        const expected = {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body,
          matchingRules: { body: deriveRules(body, choice) },
        };
        const result = matchResponse(
          expected,
          { status: 200, headers: { 'Content-Type': 'application/json' }, body },
          { specVersion: 'V3' },
        );
        expect(result.mismatches).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('V4 responses with body objects', () => {
    fc.assert(
      fc.property(jsonBody, picks, (content, choice) => {
        const body = { content, contentType: 'application/json', encoded: false };
        const expected = { status: 200, body, matchingRules: { body: deriveRules(content, choice) } };
        expect(matchResponse(expected, { status: 200, body }, { specVersion: 'V4' }).mismatches).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('V3 messages', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), jsonBody, { maxKeys: 5 }), picks, (contents, choice) => {
        const expected = {
          contents,
          metadata: { contentType: 'application/json' },
          matchingRules: { body: deriveRules(contents as Json, choice) },
        };
        expect(
          matchMessage(expected, { contents, metadata: { contentType: 'application/json' } }, { specVersion: 'V3' })
            .mismatches,
        ).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('eachLike: a longer array of the example items matches a type rule with min', () => {
    fc.assert(
      fc.property(jsonBody, fc.integer({ min: 1, max: 5 }), (item, copies) => {
        const rules = { '$.items': { matchers: [{ match: 'type', min: 1 }] } };
        const expected = { status: 200, body: { items: [item] }, matchingRules: { body: rules } };
        const actual = { status: 200, body: { items: Array.from({ length: copies }, () => item) } };
        expect(matchResponse(expected, actual, { specVersion: 'V3' }).mismatches).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('dates written in a pattern match a date rule with that pattern', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (date) => {
          const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
          const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
          const value = `${day}T${time}.${pad(date.getUTCMilliseconds(), 3)}Z`;
          const rules = {
            '$.at': { matchers: [{ match: 'datetime', format: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX" }] },
            '$.day': { matchers: [{ match: 'date', format: 'yyyy-MM-dd' }] },
          };
          const body = { at: value, day: value.slice(0, 10) };
          expect(
            matchResponse(
              { status: 200, body, matchingRules: { body: rules } },
              { status: 200, body },
              { specVersion: 'V3' },
            ).mismatches,
          ).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
