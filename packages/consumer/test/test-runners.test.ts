import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePact } from '@treaty/core';
import { runChild, type ChildResult } from './helpers/run-child';

const fixtures = path.join(__dirname, 'fixtures', 'runners');
const bin = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

// Each runner's own file asserts that its interaction is on disk when executeTest resolves; here we
// check the run passed and the file holds both tests' interactions once it is over.
describe('pact files under every test runner, with no hook or exit handler', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-runners-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]): Promise<ChildResult> =>
    runChild(process.execPath, args, {
      env: {
        TREATY_RUNNERS_PACT_DIR: dir,
        JEST_WORKER_ID: undefined,
        NODE_OPTIONS: undefined,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
  const descriptions = (runner: string): string[] =>
    parsePact(JSON.parse(readFileSync(path.join(dir, `${runner}-web-orders-api.json`), 'utf8'))).interactions.map(
      (i) => i.description,
    );
  const vitest = (...extra: string[]) =>
    run([bin('vitest', 'vitest.mjs'), 'run', '--root', path.join(fixtures, 'vitest'), '--no-cache', ...extra]);

  it.each([
    ['default configuration (forks pool, no globals)', []],
    ['threads pool', ['--pool=threads']],
    ['globals', ['--globals']],
  ])(
    'Vitest, %s',
    async (_name, extra) => {
      const result = await vitest(...extra);
      expect(result.stdout).toMatch(/Tests\s+2 passed/);
      expect(result.code).toBe(0);
      expect(descriptions('vitest').sort()).toEqual(['a request for order 1', 'a request for order 2']);
    },
    60_000,
  );

  it('Jest (CommonJS, its own config)', async () => {
    const result = await run([
      bin('jest', 'bin/jest.js'),
      '--config',
      path.join(fixtures, 'jest', 'jest.config.js'),
      '--ci',
      '--cacheDirectory',
      path.join(dir, 'cache'),
    ]);
    expect(result.stderr).toMatch(/Tests:\s+2 passed/);
    expect(result.code).toBe(0);
    expect(descriptions('jest').sort()).toEqual(['a request for order 1', 'a request for order 2']);
  }, 60_000);

  it('Jest (native ES modules)', async () => {
    const config = path.join(fixtures, 'jest-esm', 'jest.config.cjs');
    const result = await run([
      '--experimental-vm-modules',
      bin('jest', 'bin/jest.js'),
      '--config',
      config,
      '--ci',
      '--cacheDirectory',
      path.join(dir, 'cache'),
    ]);
    expect(result.stderr).toMatch(/Tests:\s+2 passed/);
    expect(result.code).toBe(0);
    expect(descriptions('jest-esm').sort()).toEqual(['a request for order 1', 'a request for order 2']);
  }, 60_000);

  it('Mocha', async () => {
    const result = await run([bin('mocha', 'bin/mocha.js'), path.join(fixtures, 'mocha', 'consumer.test.cjs')]);
    expect(result.stdout).toMatch(/2 passing/);
    expect(result.code).toBe(0);
    expect(descriptions('mocha').sort()).toEqual(['a request for order 1', 'a request for order 2']);
  }, 60_000);

  it('node --test', async () => {
    const result = await run(['--test', path.join(fixtures, 'node-test', 'consumer.test.cjs')]);
    expect(result.stdout).toMatch(/# pass 2/);
    expect(result.code).toBe(0);
    expect(descriptions('node-test').sort()).toEqual(['a request for order 1', 'a request for order 2']);
  }, 60_000);

  it('two processes writing one pact at the same time lose nothing', async () => {
    const writer = path.join(fixtures, 'concurrent-writer.cjs');
    const [a, b] = await Promise.all([run([writer, 'a', '60']), run([writer, 'b', '60'])]);
    expect([a.stderr, b.stderr]).toEqual(['', '']);
    expect([a.code, b.code]).toEqual([0, 0]);
    const pact = parsePact(JSON.parse(readFileSync(path.join(dir, 'concurrent-web-concurrent-api.json'), 'utf8')));
    const expected = ['a', 'b'].flatMap((name) => Array.from({ length: 60 }, (_, i) => `${name} request ${i}`));
    expect(pact.interactions.map((i) => i.description).sort()).toEqual(expected.sort());
    expect(readdirSync(dir).sort()).toEqual(['concurrent-web-concurrent-api.json']);
  }, 60_000);
});
