import type { Migration } from './migration';

/**
 * Named API tokens (hashed, with a role and an optional expiry), the audit log of writes, and encrypted webhook
 * secrets.
 */
export const accessControlMigration: Migration = {
  name: '202-access-control',
  statements: [
    `CREATE TABLE api_tokens (id {{id}}, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE, created_by TEXT, created_at TEXT NOT NULL, expires_at TEXT, revoked_at TEXT)`,
    'CREATE UNIQUE INDEX api_tokens_active_name ON api_tokens (name) WHERE revoked_at IS NULL',
    `CREATE TABLE audit_log (id {{id}}, at TEXT NOT NULL, principal TEXT NOT NULL, token_uuid TEXT, role TEXT,
      method TEXT NOT NULL, path TEXT NOT NULL, status INTEGER NOT NULL, remote_address TEXT, request_id TEXT)`,
    `CREATE TABLE webhook_secrets (id {{id}}, name TEXT NOT NULL UNIQUE, ciphertext TEXT NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  ],
};
