import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../..');
const names = [
  'matchRequest',
  'matchResponse',
  'matchMessage',
  'parsePact',
  'serializePact',
  'pactContentSha',
  'formatMismatches',
];
// Inside the repo, so that plain `require('@treaty/core')` and `import ... from '@treaty/core'` resolve as users' code
// would.
const dir = mkdtempSync(join(repoRoot, 'packages/core/test/.tmp-packaging-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Run a script file with plain node (no loader, no transform) from the repo root.
function runNode(fileName: string, source: string): string {
  const file = join(dir, fileName);
  writeFileSync(file, source);
  const result = spawnSync(process.execPath, [file], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${fileName} failed: ${result.stderr}`);
  return result.stdout.trim();
}

const report = `JSON.stringify(${JSON.stringify(names)}.map((n) => [n, typeof core[n]]))`;

describe('@treaty/core loads without a transform', () => {
  it('from CommonJS require', () => {
    const out = runNode('load.cjs', `const core = require('@treaty/core');\nconsole.log(${report});`);
    expect(JSON.parse(out)).toEqual(names.map((n) => [n, 'function']));
  });

  it('from an ESM import with named exports', () => {
    const source = [
      `import * as core from '@treaty/core';`,
      `import { ${names.join(', ')} } from '@treaty/core';`,
      `if (typeof parsePact !== 'function' || typeof formatMismatches !== 'function') throw new ` +
        `Error('named exports missing');`,
      `void [${names.join(', ')}];`,
      `console.log(${report});`,
    ].join('\n');
    expect(JSON.parse(runNode('load.mjs', source))).toEqual(names.map((n) => [n, 'function']));
  });

  it('works end to end from plain node: parse, serialise, hash', () => {
    const source =
      `const { parsePact, serializePact, pactContentSha } = require('@treaty/core');
const pact = parsePact({ consumer: { name: 'a' }, provider: { name: 'b' }, interactions: [{ description: ` +
      `'d', request: { method: 'GET', path: '/' }, response: { status: 200 } }] });
console.log(JSON.stringify({ sha: pactContentSha(pact), version: ` +
      `serializePact(pact).metadata.pactSpecification.version }));`;
    const out = JSON.parse(runNode('use.cjs', source)) as { sha: string; version: string };
    expect(out.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(out.version).toBe('4.0');
  });
});
