import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePact, serializePact, type Pact } from '@treaty/core';
import { writeHttpPact, writeV3MessagePact, writeV4MessagePact } from './pact-js-writers';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function pactWrittenBy(write: (dir: string) => Promise<void>): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-interop-'));
  dirs.push(dir);
  await write(dir);
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  expect(files).toHaveLength(1);
  return JSON.parse(readFileSync(join(dir, files[0]), 'utf8')) as Record<string, unknown>;
}

const cases: Array<[string, 'V3' | 'V4', (dir: string) => Promise<void>]> = [
  ['V3 HTTP (PactV3)', 'V3', (dir) => writeHttpPact(dir, 'V3')],
  ['V4 HTTP (PactV4)', 'V4', (dir) => writeHttpPact(dir, 'V4')],
  ['V3 messages (MessageConsumerPact)', 'V3', writeV3MessagePact],
  ['V4 asynchronous and synchronous messages (PactV4)', 'V4', writeV4MessagePact],
];

describe.each(cases)('a %s pact written by @pact-foundation/pact', (_name, version, write) => {
  let file: Record<string, unknown>;
  let pact: Pact;
  beforeAll(async () => {
    file = await pactWrittenBy(write);
    pact = parsePact(file, { source: 'pact-js.json' });
  }, 60_000);

  it(`is read as ${version}`, () => {
    expect(pact.specVersion).toBe(version);
    expect(pact.interactions.length).toBeGreaterThan(0);
  });

  it('is written back exactly, key order aside', () => {
    expect(serializePact(pact, { specVersion: version })).toEqual(file);
  });

  it('is written back with the same key order as Pact JS writes', () => {
    expect(JSON.stringify(serializePact(pact, { specVersion: version }))).toBe(JSON.stringify(file));
  });

  it('reads back to the same model after writing', () => {
    expect(parsePact(serializePact(pact, { specVersion: version }))).toEqual(pact);
  });
});

describe('details of Pact JS pacts', () => {
  it('keeps V4 provider state params, pending and comments', async () => {
    const pact = parsePact(await pactWrittenBy((dir) => writeHttpPact(dir, 'V4')));
    const [interaction] = pact.interactions;
    expect(interaction.providerStates).toEqual([{ name: 'an order exists', params: { id: 42 } }, { name: 'a user' }]);
    expect(interaction.pending).toBe(false);
    expect(interaction.comments).toEqual({ testname: 'interop', text: ['made by the interop test'] });
    expect(interaction.type === 'Synchronous/HTTP' && interaction.request.query).toEqual({
      q: ['x y'],
      tag: ['a', 'b'],
    });
    expect(interaction.type === 'Synchronous/HTTP' && interaction.request.matchingRules?.path).toEqual({
      '': { combine: 'AND', matchers: [{ match: 'regex', regex: '/orders/\\d+' }] },
    });
  }, 60_000);

  it('reads V3 message contents with their content type from metadata', async () => {
    const pact = parsePact(await pactWrittenBy(writeV3MessagePact));
    const [message] = pact.interactions;
    expect(message.type).toBe('Asynchronous/Messages');
    expect(message.type === 'Asynchronous/Messages' && message.contents?.contentType).toBe('application/json');
  }, 60_000);
});
