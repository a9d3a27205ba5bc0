import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { brokerErrors } from '../errors';

const PREFIX = 'v1';

/**
 * Read the secrets key: 32 bytes given as base64 or hex.
 * @throws TreatyError TREATY_BROKER_INVALID_OPTIONS when it is not 32 bytes.
 */
export function secretsKeyOf(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw brokerErrors.TREATY_BROKER_INVALID_OPTIONS([
      'the secrets key must be 32 bytes in base64 or hex (e.g. `openssl rand -base64 32`)',
    ]);
  }
  return key;
}

/**
 * Encrypt a secret with AES-256-GCM under a fresh IV: `v1:<iv>:<tag>:<ciphertext>` (base64 parts).
 * @example openSecret(key, sealSecret(key, 'x')) // 'x'
 */
export function sealSecret(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [PREFIX, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

/**
 * Decrypt a sealed secret.
 * @throws Error when the key is wrong or the text was tampered with (GCM authentication fails).
 */
export function openSecret(key: Buffer, sealed: string): string {
  const [prefix, iv, tag, body] = sealed.split(':');
  if (prefix !== PREFIX || !iv || !tag || body === undefined)
    throw new Error('the stored secret is not in the v1 format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}
