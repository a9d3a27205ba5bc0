import type { Database } from '../storage/database';
import { findWebhookSecrets } from '../storage/repositories/webhook-secrets';
import { openSecret } from './secret-box';
import type { WebhookRequest } from './webhook-definition';

const USER_PLACEHOLDER = /\$\{user\.([A-Za-z0-9_-]+)\}/g;

/** A webhook secret's name as `${user.NAME}` accepts it. */
export const SECRET_NAME = /^[A-Za-z0-9_-]{1,100}$/;

/** The `${user.NAME}` names a webhook request refers to, in its URL, headers, credentials and body. */
export function referencedSecrets(request: WebhookRequest): string[] {
  const text = JSON.stringify([
    request.url,
    request.headers ?? {},
    request.username ?? '',
    request.password ?? '',
    request.body ?? null,
  ]);
  return [...new Set([...text.matchAll(USER_PLACEHOLDER)].map((match) => match[1]))];
}

/**
 * The decrypted values of the secrets a webhook refers to, as template parameters (`user.NAME` → value).
 * @throws Error naming the secrets that are not set, or when there is no key to decrypt them.
 */
export async function userSecretParameters(
  db: Database,
  key: Buffer | undefined,
  request: WebhookRequest,
): Promise<Record<string, string>> {
  const names = referencedSecrets(request);
  if (names.length === 0) return {};
  if (!key)
    throw new Error(
      `the webhook uses secrets (${names.join(', ')}) but the broker has no secrets key (TREATY_BROKER_SECRETS_KEY)`,
    );
  const rows = await findWebhookSecrets(db, names);
  const missing = names.filter((name) => !rows.some((row) => row.name === name));
  if (missing.length)
    throw new Error(`the webhook secret(s) ${missing.join(', ')} are not set (PUT /admin/secrets/{name})`);
  return Object.fromEntries(rows.map((row) => [`user.${row.name}`, openSecret(key, row.ciphertext)]));
}
