const reasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  CERT_HAS_EXPIRED: 'the TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the TLS certificate is self-signed',
};

const messageOf = (value: unknown): string | undefined => {
  const message = (value as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
};

/**
 * A short reason for a failed `fetch`: undici hides the system error in `cause`. Errors are read by shape, not
 * `instanceof`, as they may come from another realm (a test runner's sandbox).
 * @example describeNetworkError(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })) // 'connection
 *   refused'
 */
export function describeNetworkError(error: unknown): string {
  let current: unknown = error;
  let deepest = messageOf(error) ?? String(error);
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return reasons[code] ?? code;
    deepest = messageOf(current) ?? deepest;
    current = (current as { cause?: unknown }).cause;
  }
  return deepest.replace(/\.$/, '');
}
