import { PassThrough } from 'node:stream';
import { createContext } from '../io';
import { startProgress } from './progress';

function contextWith(isTTY: boolean) {
  const stderr = Object.assign(new PassThrough(), { isTTY });
  let written = '';
  stderr.on('data', (d) => (written += d));
  const ctx = createContext({ stdout: new PassThrough(), stderr, env: { NO_COLOR: '1' }, cwd: '.' });
  return { ctx, written: () => written };
}

describe('startProgress', () => {
  it('shows the elapsed time on a terminal and clears it when stopped', async () => {
    const { ctx, written } = contextWith(true);
    const progress = startProgress(ctx, 'verifying orders-api…');
    await new Promise((resolve) => setTimeout(resolve, 600));
    progress.stop();
    expect(written()).toMatch(/verifying orders-api… \d+ s/);
    expect(written().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('writes nothing when stderr is not a terminal', async () => {
    const { ctx, written } = contextWith(false);
    const progress = startProgress(ctx, 'verifying');
    await new Promise((resolve) => setTimeout(resolve, 300));
    progress.stop();
    expect(written()).toBe('');
  });
});
