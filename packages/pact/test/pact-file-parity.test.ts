import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pactJsModule from '@pact-foundation/pact';
import * as treaty from '@treaty/pact';
import { runParityContract, type PactModule } from './helpers/parity-contract';

// What may differ between the two writers' files: the writer's own metadata, and pact-reference's
// `combine: "AND"` (the default, which Treaty leaves out). Everything else must be equal.
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'combine' && item === 'AND') continue;
    out[key] = normalise(item);
  }
  return out;
}

function pactFiles(dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const pact = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    const list = pact.interactions ?? pact.messages;
    list.sort((a: { description: string }, b: { description: string }) => a.description.localeCompare(b.description));
    out[name] = normalise({ ...pact, metadata: { pactSpecification: pact.metadata.pactSpecification } });
  }
  return out;
}

describe('pact files: the same consumer tests written by @pact-foundation/pact and by @treaty/pact', () => {
  const dirs = { pactJs: '', treaty: '' };
  beforeAll(async () => {
    dirs.pactJs = mkdtempSync(path.join(tmpdir(), 'treaty-parity-pactjs-'));
    dirs.treaty = mkdtempSync(path.join(tmpdir(), 'treaty-parity-treaty-'));
    await runParityContract(pactJsModule as unknown as PactModule, dirs.pactJs);
    await runParityContract(treaty, dirs.treaty);
  }, 60_000);
  afterAll(() => Object.values(dirs).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('write the same files', () => {
    expect(Object.keys(pactFiles(dirs.treaty))).toEqual([
      'parity-web-parity-api.json',
      'parity-web-parity-events.json',
      'parity-web-parity-v3-events.json',
      'parity-web-parity-v3.json',
    ]);
    expect(Object.keys(pactFiles(dirs.treaty))).toEqual(Object.keys(pactFiles(dirs.pactJs)));
  });

  it.each([
    'parity-web-parity-api.json',
    'parity-web-parity-events.json',
    'parity-web-parity-v3.json',
    'parity-web-parity-v3-events.json',
  ])('%s is the same, modulo writer metadata', (file) => {
    expect(pactFiles(dirs.treaty)[file]).toEqual(pactFiles(dirs.pactJs)[file]);
  });
});
