import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret, secretsKeyOf } from './secret-box';

describe('secret box', () => {
  const key = randomBytes(32);

  it('round-trips a secret and never stores the plaintext', () => {
    const sealed = sealSecret(key, 'ghp_s3cret');
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('ghp_s3cret');
    expect(sealSecret(key, 'ghp_s3cret')).not.toBe(sealed);
    expect(openSecret(key, sealed)).toBe('ghp_s3cret');
  });

  it('refuses a wrong key and tampered text', () => {
    const sealed = sealSecret(key, 'x');
    expect(() => openSecret(randomBytes(32), sealed)).toThrow();
    const parts = sealed.split(':');
    parts[3] = Buffer.from('y').toString('base64');
    expect(() => openSecret(key, parts.join(':'))).toThrow();
  });

  it('reads base64 and hex keys of 32 bytes and refuses others', () => {
    expect(secretsKeyOf(key.toString('base64'))).toEqual(key);
    expect(secretsKeyOf(key.toString('hex'))).toEqual(key);
    expect(() => secretsKeyOf('short')).toThrow(expect.objectContaining({ code: 'TREATY_BROKER_INVALID_OPTIONS' }));
  });
});
