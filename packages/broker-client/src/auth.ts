/** How to authenticate to the broker: a bearer token, or Basic username and password. */
export interface BrokerAuth {
  token?: string;
  username?: string;
  password?: string;
}

/** The Authorization header for `auth`, or undefined when no credentials are set (the token wins). */
export function authorizationHeader(auth: BrokerAuth): string | undefined {
  if (auth.token) return `Bearer ${auth.token}`;
  if (auth.username !== undefined) {
    return `Basic ${Buffer.from(`${auth.username}:${auth.password ?? ''}`).toString('base64')}`;
  }
  return undefined;
}
