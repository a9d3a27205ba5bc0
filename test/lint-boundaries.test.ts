import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Probe files are linted in memory (ESLint's lintText with a filePath), so the real config decides and nothing is
// written to disk. ESLint loads eslint.config.mjs with a dynamic import, which Jest's VM refuses: lint in a child.
const root = join(__dirname, '..');
const linter = `
const { ESLint } = require('eslint');
const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: 'eslint.config.mjs' });
(async () => {
  const out = [];
  for (const [filePath, code] of probes) {
    const [result] = await eslint.lintText(code + '\\nexport const probe = 1;\\n', { filePath });
    const relevant = result.messages.filter((m) => m.fatal || (m.ruleId || '').startsWith('no-restricted'));
    out.push(relevant.map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();`;

function lintProbes(probes: [string, string][]): string[][] {
  const input = JSON.stringify(probes.map(([file, code]) => [join(root, file), code]));
  return JSON.parse(execFileSync(process.execPath, ['-e', linter], { cwd: root, input, encoding: 'utf8' }));
}

const forbidden: [string, string][] = [
  ['packages/core/src/probe.ts', "import { readFileSync } from 'node:fs';"],
  ['packages/core/src/probe.ts', "import { join } from 'path';"],
  ['packages/core/src/probe.ts', "import type { Server } from 'http';"],
  ['packages/core/src/probe.ts', "export * from 'node:crypto';"],
  ['packages/core/src/deep/probe.ts', "import { x } from 'fs/promises';"],
  ['packages/core/src/probe.ts', "import { ajv } from 'ajv';"],
  ['packages/core/src/probe.ts', "import { startMockServer } from '@treaty/consumer';"],
  ['packages/core/src/probe.ts', "const fs = require('fs');"],
  ['packages/core/src/probe.ts', "const fs = await import('node:fs');"],
  ['packages/openapi/src/probe.ts', "import { startMockServer } from '@treaty/consumer';"],
  ['packages/consumer/src/probe.ts', "import { verifyProvider } from '@treaty/provider';"],
  ['packages/provider/src/probe.ts', "import { startMockServer } from '@treaty/consumer';"],
  ['packages/provider/src/probe.ts', "import { x } from '@treaty/pact';"],
  ['packages/consumer/src/probe.ts', "import { buildBroker } from '@treaty/broker';"],
  ['packages/pact/src/probe.ts', "import { runCli } from '@treaty/cli';"],
  ['broker/src/probe.ts', "import { runCli } from '@treaty/cli';"],
  ['packages/cli/src/commands/probe.ts', "import { startBroker } from '@treaty/broker';"],
  ['packages/provider/src/probe.ts', "import { parsePact } from '../../core/src/pact-file/parse-pact';"],
  ['broker/src/routes/probe.ts', "import { parsePact } from '../../../packages/core/src/index';"],
  ['packages/consumer/src/probe.ts', "import { parsePact } from '@treaty/core/dist/index';"],
  ['packages/core/src/probe.test.ts', "import { startMockServer } from '../../consumer/src/mock-server/mock-server';"],
  ['packages/broker-client/src/probe.ts', "import { verifyProvider } from '@treaty/provider';"],
  ['packages/grpc/src/probe.ts', "import { runCli } from '@treaty/cli';"],
  ['packages/broker-ui/src/probe.ts', "import { startBroker } from '@treaty/broker';"],
  ['broker/src/domain/probe.ts', 'export function describe(x: string) { return x; }'],
  ['packages/consumer/src/probe.ts', 'export const describe = (x: string) => x;'],
  ['broker/src/storage/repositories/probe.ts', "import { runCli } from '@treaty/cli';"],
  ['broker/src/storage/repositories/probe.ts', 'function describe() { return 1; }\nexport const d = describe;'],
  ['packages/core/src/probe.ts', "export function describe() { return import('./x'); }"],
  [
    'broker/src/storage/repositories/probe.ts',
    "export const lock = (db: { dialect: string }) => db.dialect === 'postgres';",
  ],
];

const allowed: [string, string][] = [
  ['packages/core/src/probe.ts', "import { parsePact } from './pact-file/parse-pact';"],
  ['packages/core/src/matching/probe.ts', "import type { Pact } from '../model/pact';"],
  ['packages/core/src/probe.test.ts', "import fc from 'fast-check';"],
  ['packages/openapi/src/probe.ts', "import { parsePact } from '@treaty/core';"],
  [
    'packages/provider/src/probe.ts',
    "import { loadOpenApi } from '@treaty/openapi';\nimport { readFileSync } from 'node:fs';",
  ],
  ['packages/consumer/src/probe.ts', "import { parsePact } from '@treaty/core';\nimport { http } from 'msw';"],
  [
    'packages/pact/src/probe.ts',
    "import { startMockServer } from '@treaty/consumer';\nimport { verifyProvider } from '@treaty/provider';",
  ],
  ['broker/src/probe.ts', "import { parsePact } from '@treaty/core';\nimport fastify from 'fastify';"],
  [
    'packages/cli/src/probe.ts',
    "import { startMockServer } from '@treaty/consumer';\nimport { x } from './commands/mock';",
  ],
  ['packages/cli/src/probe.ts', "export async function load() { return import('@treaty/broker'); }"],
  ['packages/provider/src/probe.ts', "import { BrokerClient } from '@treaty/broker-client';"],
  ['packages/broker-client/src/probe.ts', "import { parsePact } from '@treaty/core';"],
  ['packages/grpc/src/probe.ts', "import { startMockServer } from '@treaty/consumer';"],
  ['packages/consumer/src/probe.test.ts', "describe('x', () => { it('y', () => undefined); });"],
];

const messages = new Map<string, string[]>();

beforeAll(() => {
  const probes = [...forbidden, ...allowed];
  lintProbes(probes).forEach((found, i) => messages.set(probes[i].join('\n'), found));
}, 60_000);

describe('package boundaries in eslint.config.mjs', () => {
  it.each(forbidden)('%s rejects %s', (file, code) => {
    expect(messages.get(`${file}\n${code}`)).not.toEqual([]);
  });

  it.each(allowed)('%s accepts %s', (file, code) => {
    expect(messages.get(`${file}\n${code}`)).toEqual([]);
  });
});
