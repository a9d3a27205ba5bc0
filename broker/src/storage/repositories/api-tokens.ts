import type { Database } from '../database';
import { now } from './rows';

/** A named API token as stored: only the SHA-256 of the secret is kept. */
export interface ApiTokenRow {
  id: number;
  uuid: string;
  name: string;
  role: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

/** Store a new token (the caller hashed the secret). Fails on a duplicate active name (unique index). */
export async function insertApiToken(
  db: Database,
  token: Pick<ApiTokenRow, 'uuid' | 'name' | 'role' | 'token_hash' | 'created_by' | 'expires_at'>,
): Promise<ApiTokenRow> {
  await db.run(
    'INSERT INTO api_tokens (uuid, name, role, token_hash, created_by, created_at, expires_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?)',
    [token.uuid, token.name, token.role, token.token_hash, token.created_by, now(), token.expires_at],
  );
  return (await findApiToken(db, token.uuid)) as ApiTokenRow;
}

/** A token by uuid. */
export function findApiToken(db: Database, uuid: string): Promise<ApiTokenRow | undefined> {
  return db.get<ApiTokenRow>('SELECT * FROM api_tokens WHERE uuid = ?', [uuid]);
}

/** The active (not revoked) token with this name, if any. */
export function findActiveTokenByName(db: Database, name: string): Promise<ApiTokenRow | undefined> {
  return db.get<ApiTokenRow>('SELECT * FROM api_tokens WHERE name = ? AND revoked_at IS NULL', [name]);
}

/** The token whose secret hashes to `hash`, whatever its state (the caller checks revocation and expiry). */
export function findApiTokenByHash(db: Database, hash: string): Promise<ApiTokenRow | undefined> {
  return db.get<ApiTokenRow>('SELECT * FROM api_tokens WHERE token_hash = ?', [hash]);
}

/** Every token, newest first. */
export function listApiTokens(db: Database): Promise<ApiTokenRow[]> {
  return db.all<ApiTokenRow>('SELECT * FROM api_tokens ORDER BY id DESC');
}

/** Revoke a token; true when it was active. */
export async function revokeApiToken(db: Database, uuid: string): Promise<boolean> {
  return (
    (await db.run('UPDATE api_tokens SET revoked_at = ? WHERE uuid = ? AND revoked_at IS NULL', [now(), uuid]))
      .changes > 0
  );
}
