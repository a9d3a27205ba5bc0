import path from 'node:path';
import { runChild } from './helpers/run-child';

describe('the DSL and matcher types', () => {
  it('make misuse a compile error (every @ts-expect-error in types/misuse.check.ts is needed)', async () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const run = await runChild(process.execPath, [tsc, '-p', path.join(__dirname, 'types', 'tsconfig.json')]);
    expect(run.stdout + run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);
});
