/** A small seeded PRNG (mulberry32): the same seed gives the same requests, so a failure can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pick one of `items`. */
export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const HOSTILE_SEGMENTS = [
  '',
  ' ',
  'a'.repeat(1001),
  'a'.repeat(999),
  '%00',
  '%2F',
  '..',
  '%E2%82%AC',
  'ünïcødé',
  '0',
  '-1',
  '1e309',
  'null',
  'true',
  '%25',
  "'; DROP TABLE pacticipants; --",
  '${pactbroker.consumerName}',
  '<script>',
  'latest',
  'main',
];

/**
 * A path parameter value: a real name from the seeded data or something hostile, URL-encoded as a client would send it.
 */
export function paramValue(random: () => number, real: readonly string[]): string {
  if (random() < 0.5) return encodeURIComponent(pick(random, real));
  const hostile = pick(random, HOSTILE_SEGMENTS);
  return hostile.startsWith('%') ? hostile : encodeURIComponent(hostile);
}

const FIELDS = [
  'name',
  'displayName',
  'production',
  'contacts',
  'events',
  'request',
  'url',
  'method',
  'headers',
  'contracts',
  'content',
  'consumer',
  'provider',
  'interactions',
  'messages',
  'success',
  'providerApplicationVersion',
  'pacticipantName',
  'pacticipantVersionNumber',
  'branch',
  'tags',
  'applicationInstance',
  'currentlyDeployed',
  'currentlySupported',
  'consumerVersionSelectors',
  'includePendingStatus',
  'role',
  'expiresAt',
  'expiresInDays',
  'value',
  'mainBranch',
  'repositoryUrl',
  'testResults',
  'buildUrl',
  'specification',
  'contentType',
];

function value(random: () => number, depth: number): unknown {
  const kind = Math.floor(random() * (depth > 3 ? 6 : 9));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return pick(random, [0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2]);
    case 3:
      return pick(random, [
        '',
        'x',
        'a'.repeat(5000),
        '\u0000',
        'https://169.254.169.254/',
        'contract_published',
        'pact',
        'application/json',
      ]);
    case 4:
      return Buffer.from(
        pick(random, [
          JSON.stringify({ consumer: { name: 'Web' }, provider: { name: 'Orders' }, interactions: [null] }),
          `{"openapi":"3.0.0","info":{"title":"x","version":"1"},"paths":{},` +
            `"x":${'['.repeat(4000)}${']'.repeat(4000)}}`,
          'openapi: 3.0.0\npaths: {}\ninfo: {title: x, version: "1"}',
        ]),
      ).toString('base64');
    case 5:
      return '2020-01-01T00:00:00Z';
    case 6:
      return Array.from({ length: Math.floor(random() * 3) }, () => value(random, depth + 1));
    default:
      return objectValue(random, depth + 1);
  }
}

function objectValue(random: () => number, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const count = Math.floor(random() * 5);
  for (let i = 0; i < count; i++) out[pick(random, FIELDS)] = value(random, depth);
  return out;
}

/**
 * A request body: none, malformed text, a JSON scalar, or an object of known field names with values of the wrong
 * types.
 */
export function bodyText(random: () => number): string | undefined {
  const roll = random();
  if (roll < 0.1) return undefined;
  if (roll < 0.2)
    return pick(random, ['{', 'null', '[]', '"x"', '1', '{"a":', '\u0000', `${'['.repeat(3000)}${']'.repeat(3000)}`]);
  return JSON.stringify(objectValue(random, 0));
}
