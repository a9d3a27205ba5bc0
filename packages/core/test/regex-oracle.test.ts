/**
 * Regex semantics checked against the official Pact JS mock server (its Rust core decides): a
 * `regex` rule must match the whole value, so neither a longer value nor a prefixed one passes.
 */
// Deep imports: the package root also loads the verifier, whose ESM-only proxy dependency Jest cannot require.
import * as MatchersV3 from '@pact-foundation/pact/src/v3/matchers';
import { PactV3 } from '@pact-foundation/pact/src/v3/pact';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchRequest } from '@treaty/core';

const PATTERN = 'alligator named .{4}';
const dir = mkdtempSync(join(tmpdir(), 'treaty-regex-oracle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** True when the Pact JS mock server accepts a POST whose `name` is the given value. */
async function pactJsAccepts(name: string): Promise<boolean> {
  const pact = new PactV3({ consumer: 'regex-web', provider: 'regex-api', dir, logLevel: 'error' });
  pact.addInteraction({
    uponReceiving: `a name like ${name}`,
    withRequest: {
      method: 'POST',
      path: '/names',
      headers: { 'Content-Type': 'application/json' },
      body: { name: MatchersV3.regex(PATTERN, 'alligator named mary') },
    },
    willRespondWith: { status: 204 },
  });
  try {
    await pact.executeTest(async (server) => {
      const res = await fetch(`${server.url}/names`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      if (res.status !== 204) throw new Error(`mock server answered ${res.status}`);
    });
    return true;
  } catch {
    return false;
  }
}

function treatyAccepts(name: string): boolean {
  const rules = { body: { '$.name': { matchers: [{ match: 'regex', regex: PATTERN }] } } };
  const expected = {
    method: 'POST',
    path: '/names',
    headers: { 'Content-Type': 'application/json' },
    body: { name: 'alligator named mary' },
    matchingRules: rules,
  };
  const actual = { method: 'POST', path: '/names', headers: { 'Content-Type': 'application/json' }, body: { name } };
  return matchRequest(expected, actual, { specVersion: 'V3' }).ok;
}

describe('regex rule semantics agree with Pact JS', () => {
  it.each([
    ['alligator named mary', true],
    ['alligator named brent', false],
    ['xx alligator named mary', false],
  ])(
    '%s -> %s',
    async (name, accepted) => {
      expect(await pactJsAccepts(name)).toBe(accepted);
      expect(treatyAccepts(name)).toBe(accepted);
    },
    60_000,
  );
});
