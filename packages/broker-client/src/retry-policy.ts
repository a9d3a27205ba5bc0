/** Methods that may be sent again without changing the outcome (RFC 9110 §9.2.2). POST and PATCH are never retried. */
const idempotent = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Network failures where the request may not have reached the broker, or its answer was lost: worth one more try. */
const transientNetworkCodes = new Set([
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** True when `method` may be retried at all. */
export function isIdempotent(method: string): boolean {
  return idempotent.has(method.toUpperCase());
}

/** True for answers that may succeed when asked again: 5xx, 408 and 429. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** True for a `fetch` failure that a retry may cure (a reset connection, not a refused one or an unknown host). */
export function isTransientNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return transientNetworkCodes.has(code);
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Milliseconds to wait before retry number `attempt` (0-based): the broker's `Retry-After` seconds when given
 * (capped at 30 s), otherwise exponential backoff from `baseMs`.
 */
export function retryDelayMs(attempt: number, baseMs: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 30_000);
  return baseMs * 2 ** attempt;
}
