import { describeNetworkError } from './describe-network-error';

describe('describeNetworkError', () => {
  it('names the system error found in the cause chain', () => {
    expect(describeNetworkError(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))).toBe(
      'connection refused',
    );
    expect(describeNetworkError(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }))).toBe(
      'host not found',
    );
    expect(describeNetworkError(new TypeError('fetch failed', { cause: { code: 'EWHATEVER' } }))).toBe('EWHATEVER');
  });

  it('uses the deepest message when there is no code, also for errors of another realm', () => {
    const foreign = { name: 'TypeError', message: 'fetch failed', cause: { message: 'bad port' } };
    expect(describeNetworkError(foreign)).toBe('bad port');
    expect(describeNetworkError('plain.')).toBe('plain');
  });
});
