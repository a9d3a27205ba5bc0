import { v3Pact, v4Pact } from '../test/fixtures/pact-files';
import { pactContentSha } from './content-sha';
import { parsePact } from './pact-file/parse-pact';
import { sha1Hex } from './sha1';

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe('sha1Hex', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
    ['✓ unicode', '282c3f2adab3575459961ef8ce84d9e4a2487cf3'],
  ])('hashes %j like the standard', (input, expected) => {
    expect(sha1Hex(input)).toBe(expected);
  });

  it('hashes a million a', () => {
    expect(sha1Hex('a'.repeat(1_000_000))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  });
});

describe('pactContentSha', () => {
  it('gives 40 hex digits, the same for raw JSON and the parsed model', () => {
    expect(pactContentSha(v4Pact)).toMatch(/^[0-9a-f]{40}$/);
    expect(pactContentSha(parsePact(v4Pact))).toBe(pactContentSha(v4Pact));
  });

  it('does not depend on key order or interaction order', () => {
    const reordered = { ...v4Pact, interactions: [...v4Pact.interactions].reverse() };
    expect(pactContentSha(reverseKeys(reordered) as Record<string, unknown>)).toBe(pactContentSha(v4Pact));
  });

  it('ignores metadata and broker data', () => {
    const { _links: _l, ...withoutLinks } = v4Pact;
    const republished = {
      ...withoutLinks,
      metadata: { pactSpecification: { version: '4.0' }, 'pact-js': { version: '99' } },
    };
    republished.interactions = republished.interactions.map(
      ({ _id: _i, ...rest }: Record<string, unknown>) => rest,
    ) as typeof v4Pact.interactions;
    expect(pactContentSha(republished)).toBe(pactContentSha(v4Pact));
  });

  it('does not depend on how a V2 query string is spelt', () => {
    const pact = (query: string) => ({
      consumer: { name: 'a' },
      provider: { name: 'b' },
      interactions: [{ description: 'd', request: { method: 'GET', path: '/', query }, response: { status: 200 } }],
    });
    expect(pactContentSha(pact('q=a+b&n=1'))).toBe(pactContentSha(pact('q=a%20b&n=1')));
    expect(pactContentSha(pact('q=a+b&n=1'))).not.toBe(pactContentSha(pact('q=a+c&n=1')));
  });

  it('changes when anything that affects verification changes', () => {
    const base = pactContentSha(v3Pact);
    const changedBody = JSON.parse(JSON.stringify(v3Pact));
    changedBody.interactions[0].response.body.id = 11;
    const changedState = JSON.parse(JSON.stringify(v3Pact));
    changedState.interactions[0].providerStates[0].params.id = 2;
    const changedRule = JSON.parse(JSON.stringify(v3Pact));
    changedRule.interactions[0].response.matchingRules.body['$.id'].combine = 'AND';
    expect(
      new Set([
        base,
        pactContentSha(changedBody),
        pactContentSha(changedState),
        pactContentSha(changedRule),
        pactContentSha({ ...v3Pact, provider: { name: 'other' } }),
      ]).size,
    ).toBe(5);
  });
});
