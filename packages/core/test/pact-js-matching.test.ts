/**
 * Matching against pacts written by the official Pact JS: the rules it writes (regex, type, eachLike,
 * integer, datetime, uuid, ...) accept the requests and responses its own mock server saw, and reject
 * values that break them, naming the path and the rule.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMismatches, matchMessage, matchRequest, matchResponse, type SpecVersion } from '@treaty/core';
import { writeHttpPact, writeV3MessagePact } from './pact-js-writers';

type Json = Record<string, unknown>;

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function interactionsWrittenBy(write: (dir: string) => Promise<void>): Promise<Json[]> {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-matching-'));
  dirs.push(dir);
  await write(dir);
  const file = readdirSync(dir).find((name) => name.endsWith('.json'))!;
  const pact = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
  return (pact.interactions ?? pact.messages) as Json[];
}

// What the interop test's fetch sent, as a V3 request.
const sentRequest = {
  method: 'POST',
  path: '/orders/42',
  query: { tag: ['a', 'b'], q: ['x y'] },
  headers: { 'Content-Type': 'application/json', 'X-Trace': 'abc123' },
  body: { items: [{ sku: 'A-1', qty: 2 }], note: 'fast' },
};

function withBody(part: Json, version: SpecVersion, body: unknown): Json {
  return {
    ...part,
    body: version === 'V4' ? { content: body, contentType: 'application/json', encoded: false } : body,
  };
}

describe.each(['V3', 'V4'] as const)('a %s HTTP pact written by Pact JS', (version) => {
  let interaction: Json;
  beforeAll(async () => {
    [interaction] = await interactionsWrittenBy((dir) => writeHttpPact(dir, version));
  }, 60_000);

  it('accepts the request the mock server received, and other values its rules allow', () => {
    const request = interaction.request as Json;
    const sent = withBody({ ...sentRequest }, version, sentRequest.body);
    expect(matchRequest(request, sent, { specVersion: version }).mismatches).toEqual([]);
    const other = withBody(
      { ...sentRequest, path: '/orders/7', headers: { ...sentRequest.headers, 'X-Trace': 'ff00' } },
      version,
      {
        items: [
          { sku: 'B', qty: 5 },
          { sku: 'C', qty: 1 },
        ],
        note: 'slow',
      },
    );
    expect(matchRequest(request, other, { specVersion: version }).mismatches).toEqual([]);
  });

  it('rejects a request that breaks the rules, naming path and rule', () => {
    const request = interaction.request as Json;
    const bad = withBody({ ...sentRequest, path: '/orders/abc' }, version, {
      items: [{ sku: 'A-1', qty: 'two' }],
      note: 'fast',
      extra: true,
    });
    const result = matchRequest(request, bad, { specVersion: version });
    expect(result.mismatches.map((m) => [m.type, m.path, m.rule])).toEqual([
      ['path', '', 'regex'],
      ['body', '$.items[0].qty', 'integer'],
      ['body', '$.extra', undefined],
    ]);
  });

  it('accepts a response of the example and rejects one that breaks its rules', () => {
    const response = interaction.response as Json;
    expect(matchResponse(response, response, { specVersion: version }).mismatches).toEqual([]);
    const body = {
      id: 'not-a-uuid',
      total: 1.5,
      created: '2024-13-02T03:04:05',
      paid: 'yes',
      self: '/orders/1',
      lines: [],
    };
    const result = matchResponse(
      response,
      withBody({ status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } }, version, body),
      { specVersion: version },
    );
    expect(result.mismatches.map((m) => m.path).sort()).toEqual(['$.created', '$.id', '$.lines', '$.paid', '$.total']);
    expect(formatMismatches(result, { interaction: 'create an order' })).toContain('$.total  [integer]');
  });
});

describe('a V3 message pact written by Pact JS', () => {
  it('accepts a message its rules allow and rejects one that breaks them', async () => {
    const [message] = await interactionsWrittenBy(writeV3MessagePact);
    const good = {
      contents: { id: 9, items: [{ sku: 'X' }, { sku: 'Y' }], at: '2025-12-31T23:59:59', more: 1 },
      metadata: { 'content-type': 'application/json', topic: 'orders' },
    };
    expect(matchMessage(message, good, { specVersion: 'V3' }).mismatches).toEqual([]);
    const bad = {
      contents: { id: '9', items: [], at: 'yesterday' },
      metadata: { 'content-type': 'application/json', topic: 'payments' },
    };
    expect(
      matchMessage(message, bad, { specVersion: 'V3' })
        .mismatches.map((m) => `${m.type} ${m.path}`)
        .sort(),
    ).toEqual(['body $.at', 'body $.id', 'body $.items', 'metadata topic']);
  }, 60_000);
});
