import type { Database } from '../database';
import { now } from './rows';

/** A webhook secret as stored: only the ciphertext. */
export interface WebhookSecretRow {
  id: number;
  name: string;
  ciphertext: string;
  created_at: string;
  updated_at: string;
}

/** Create or replace a secret; true when it was created. */
export async function saveWebhookSecret(db: Database, name: string, ciphertext: string): Promise<boolean> {
  const at = now();
  const updated = await db.run('UPDATE webhook_secrets SET ciphertext = ?, updated_at = ? WHERE name = ?', [
    ciphertext,
    at,
    name,
  ]);
  if (updated.changes > 0) return false;
  await db.run('INSERT INTO webhook_secrets (name, ciphertext, created_at, updated_at) VALUES (?, ?, ?, ?)', [
    name,
    ciphertext,
    at,
    at,
  ]);
  return true;
}

/** Every secret (ciphertexts included: callers never return them), by name. */
export function listWebhookSecrets(db: Database): Promise<WebhookSecretRow[]> {
  return db.all<WebhookSecretRow>('SELECT * FROM webhook_secrets ORDER BY name');
}

/** The secrets with these names. */
export async function findWebhookSecrets(db: Database, names: readonly string[]): Promise<WebhookSecretRow[]> {
  if (names.length === 0) return [];
  return db.all<WebhookSecretRow>(`SELECT * FROM webhook_secrets WHERE name IN (${names.map(() => '?').join(', ')})`, [
    ...names,
  ]);
}

/** Delete a secret; true when it existed. */
export async function deleteWebhookSecret(db: Database, name: string): Promise<boolean> {
  return (await db.run('DELETE FROM webhook_secrets WHERE name = ?', [name])).changes > 0;
}
