import { createHash } from 'node:crypto';
import { canonicalJson } from '@treaty/core';

// Core owns canonical JSON; the re-export keeps the broker's existing imports working.
export { canonicalJson };

/** Hex SHA-1 of the canonical JSON of a value (core's canonicalJson, Node's SHA-1). */
export function sha1Of(value: unknown): string {
  return createHash('sha1').update(canonicalJson(value)).digest('hex');
}
