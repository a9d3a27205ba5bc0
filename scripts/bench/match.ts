/**
 * Matches per second of `matchResponse` (file-shaped: both sides normalised on every call) and of
 * `matchHttpResponse` (model-level, as the provider verifier calls it: the expected side read once) for a
 * 1 KB and a 1 MB JSON body checked with `eachLike` rules (type + min), against a baseline measured in the
 * same run: `JSON.parse` plus a plain deep-equal of the same body.
 * Run with `npx tsx scripts/bench/match.ts` after `npx tsc -b packages/core`.
 */
import { matchHttpResponse, matchResponse, normalizeResponse } from '@treaty/core';

interface Item {
  id: number;
  name: string;
  price: number;
  inStock: boolean;
  tags: string[];
}

function item(i: number): Item {
  return { id: i, name: `item number ${i}`, price: i * 1.25, inStock: i % 2 === 0, tags: ['a', `t${i % 7}`] };
}

/** A response body whose JSON text is just over `bytes` long. */
function bodyOfSize(bytes: number): { items: Item[]; total: number } {
  const items: Item[] = [];
  let length = 30;
  while (length < bytes) {
    items.push(item(items.length));
    length += JSON.stringify(items[items.length - 1]).length + 1;
  }
  return { items, total: items.length };
}

/** The expected response as Pact JS writes it for `{ items: eachLike(item), total: integer() }` (V3). */
function expectedResponse(): Record<string, unknown> {
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: { items: [item(1)], total: 1 },
    matchingRules: {
      body: {
        '$.items': { combine: 'AND', matchers: [{ match: 'type', min: 1 }] },
        '$.items[*].*': { combine: 'AND', matchers: [{ match: 'type' }] },
        '$.total': { combine: 'AND', matchers: [{ match: 'integer' }] },
      },
    },
  };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Operations per second of `run`, measured for about `ms` milliseconds after a short warm-up. */
function opsPerSecond(run: () => void, ms: number): number {
  for (let i = 0; i < 3; i++) run();
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    run();
    count++;
    elapsed = performance.now() - start;
  }
  return (count * 1000) / elapsed;
}

function bench(label: string, bytes: number, ms: number): void {
  const body = bodyOfSize(bytes);
  const text = JSON.stringify(body);
  const expected = expectedResponse();
  const reference = JSON.parse(text) as unknown;
  const check = matchResponse(
    expected,
    { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.parse(text) },
    { specVersion: 'V3' },
  );
  if (!check.ok) throw new Error(`the benchmark body does not match: ${JSON.stringify(check.mismatches.slice(0, 3))}`);
  const treaty = opsPerSecond(() => {
    matchResponse(
      expected,
      { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.parse(text) },
      { specVersion: 'V3' },
    );
  }, ms);
  const model = normalizeResponse(expected, 'V3');
  const modelLevel = opsPerSecond(() => {
    matchHttpResponse(model, {
      status: 200,
      headers: { 'Content-Type': ['application/json'] },
      body: { content: JSON.parse(text), contentType: 'application/json' },
    });
  }, ms);
  const baseline = opsPerSecond(() => {
    if (!deepEqual(JSON.parse(text), reference)) throw new Error('baseline mismatch');
  }, ms);
  const size = `${(text.length / 1024).toFixed(text.length < 10_240 ? 1 : 0)} KB`;
  console.log(
    `${label.padEnd(6)} body ${size.padStart(9)}, ${String(body.items.length).padStart(5)} items: ` +
      `matchResponse ${treaty.toFixed(0).padStart(8)}/s (${(treaty / baseline).toFixed(2)}x) | ` +
      `matchHttpResponse ${modelLevel.toFixed(0).padStart(8)}/s (${(modelLevel / baseline).toFixed(2)}x)` +
      ` | baseline JSON.parse+deepEqual ${baseline.toFixed(0).padStart(8)} ops/s`,
  );
}

bench('1 KB', 1024, 1000);
bench('1 MB', 1024 * 1024, 3000);
