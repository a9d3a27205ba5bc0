import { createHash, timingSafeEqual } from 'node:crypto';
import type { BrokerAuthOptions } from '../options';

/** What a credential may do: read; read and write; and admin (tokens, audit log, webhook secrets). */
export type AuthRole = 'read' | 'write' | 'admin';

/** Every role, weakest first. */
export const ROLES: readonly AuthRole[] = ['read', 'write', 'admin'];

/** True when `granted` includes what `needed` asks for. */
export function roleAllows(granted: AuthRole, needed: AuthRole): boolean {
  return ROLES.indexOf(granted) >= ROLES.indexOf(needed);
}

/** SHA-256 hex of a token secret: what the database keeps and looks tokens up by. */
export function tokenHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

// Compare fixed-length digests so that neither the length nor the first differing byte shows in the timing.
function same(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** True when any credential is configured, i.e. the broker needs auth. */
export function authEnabled(auth: BrokerAuthOptions | undefined): auth is BrokerAuthOptions {
  if (!auth) return false;
  return Boolean(
    auth.adminTokens?.length || auth.writeTokens?.length || auth.readTokens?.length || auth.basic || auth.readOnlyBasic,
  );
}

// Without a configured admin token the operator's read-write credentials bootstrap the first admin.
function writeRole(auth: BrokerAuthOptions): AuthRole {
  return auth.adminTokens?.length ? 'write' : 'admin';
}

function basicPair(value: string): [string, string] {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const at = decoded.indexOf(':');
  return at < 0 ? [decoded, ''] : [decoded.slice(0, at), decoded.slice(at + 1)];
}

/**
 * The role the configured (static) credentials in an `Authorization` header grant: undefined when there is no header,
 * 'invalid' when it matches none of them, `{ bearer }` for a bearer token that may be a named API token.
 * @example scopeOf('Bearer w', { writeTokens: ['w'], adminTokens: ['a'] }) // 'write'
 */
export function scopeOf(
  header: string | undefined,
  auth: BrokerAuthOptions,
): AuthRole | 'invalid' | { bearer: string } | undefined {
  if (!header) return undefined;
  const [kind, ...rest] = header.trim().split(/\s+/);
  const value = rest.join(' ');
  if (/^bearer$/i.test(kind)) {
    if (auth.adminTokens?.some((t) => same(t, value))) return 'admin';
    if (auth.writeTokens?.some((t) => same(t, value))) return writeRole(auth);
    if (auth.readTokens?.some((t) => same(t, value))) return 'read';
    return { bearer: value };
  }
  if (/^basic$/i.test(kind)) {
    const [user, pass] = basicPair(value);
    const matches = (pair?: { username: string; password: string }) =>
      pair !== undefined && same(pair.username, user) && same(pair.password, pass);
    if (matches(auth.basic)) return writeRole(auth);
    if (matches(auth.readOnlyBasic)) return 'read';
  }
  return 'invalid';
}

/** A name for a static credential in the audit log (never the secret). */
export function staticPrincipalName(header: string): string {
  const [kind, ...rest] = header.trim().split(/\s+/);
  if (/^basic$/i.test(kind)) return `basic:${basicPair(rest.join(' '))[0]}`;
  return 'bootstrap token';
}
