import { Command, Option } from 'commander';
import { useContextEnv } from './context-env';

function program(env: NodeJS.ProcessEnv, seen: Record<string, unknown>[]): Command {
  const root = new Command('t').exitOverride();
  root
    .command('go')
    .addOption(new Option('-b, --base <url>').env('TREATY_TEST_BASE'))
    .addOption(new Option('--flag').env('TREATY_TEST_FLAG'))
    .addOption(new Option('--level <n>').env('TREATY_TEST_LEVEL').default('1'))
    .action((flags: Record<string, unknown>) => void seen.push(flags));
  useContextEnv(root, env);
  return root;
}

describe('useContextEnv', () => {
  afterEach(() => {
    delete process.env.TREATY_TEST_BASE;
  });

  it('reads option environment variables from the given env', async () => {
    const seen: Record<string, unknown>[] = [];
    await program({ TREATY_TEST_BASE: 'http://b', TREATY_TEST_FLAG: '1' }, seen).parseAsync(['go'], { from: 'user' });
    expect(seen[0]).toEqual({ base: 'http://b', flag: true, level: '1' });
  });

  it('lets the command line win, and ignores process.env when the given env lacks the variable', async () => {
    process.env.TREATY_TEST_BASE = 'http://from-process';
    const seen: Record<string, unknown>[] = [];
    await program({ TREATY_TEST_LEVEL: '3' }, seen).parseAsync(['go'], { from: 'user' });
    await program({ TREATY_TEST_BASE: 'http://env' }, seen).parseAsync(['go', '--base', 'http://cli'], {
      from: 'user',
    });
    expect(seen).toEqual([{ level: '3' }, { base: 'http://cli', level: '1' }]);
  });
});
