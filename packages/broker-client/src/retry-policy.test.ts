import { isIdempotent, isTransientNetworkError, isTransientStatus, retryDelayMs } from './retry-policy';

describe('retry policy', () => {
  it.each([
    ['GET', true],
    ['put', true],
    ['DELETE', true],
    ['POST', false],
    ['PATCH', false],
  ])('%s idempotent: %s', (method, expected) => {
    expect(isIdempotent(method)).toBe(expected);
  });

  it.each([
    [500, true],
    [503, true],
    [408, true],
    [429, true],
    [404, false],
    [400, false],
    [200, false],
  ])('status %s transient: %s', (status, expected) => {
    expect(isTransientStatus(status)).toBe(expected);
  });

  it('retries a reset connection found in the cause chain but not a refused one', () => {
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }))).toBe(true);
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))).toBe(false);
    expect(isTransientNetworkError(new Error('plain'))).toBe(false);
  });

  it('backs off exponentially unless the broker says when to come back', () => {
    expect([0, 1, 2].map((attempt) => retryDelayMs(attempt, 100, null))).toEqual([100, 200, 400]);
    expect(retryDelayMs(3, 100, '2')).toBe(2000);
    expect(retryDelayMs(0, 100, '9999')).toBe(30_000);
    expect(retryDelayMs(1, 100, 'Wed, 21 Oct 2015 07:28:00 GMT')).toBe(200);
  });
});
