/** What a masked value reads as, as in the Pact Broker. */
export const MASK = '**********';

// The Pact Broker's rule: header names containing "authorization" or "token" hold secrets.
const SECRET_HEADER = /authorization|token/i;

/**
 * A copy of webhook headers with the values of secret-looking headers (`Authorization`, `X-Auth-Token`, ...) masked.
 * @example maskHeaders({ Authorization: 'Bearer x' }) // { Authorization: '**********' }
 */
export function maskHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, SECRET_HEADER.test(name) ? MASK : value]),
  );
}

/**
 * A webhook request (stored template or rendered) safe to show to readers: secret headers and the password masked.
 * @example maskRequest({ method: 'POST', url: 'https://x', password: 'p' }).password // '**********'
 */
export function maskRequest<T extends { headers?: Record<string, string>; password?: string }>(request: T): T {
  const masked = { ...request };
  if (request.headers) masked.headers = maskHeaders(request.headers);
  if (request.password !== undefined) masked.password = MASK;
  return masked;
}
