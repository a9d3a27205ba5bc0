import type { HalResource } from '@treaty/broker-client';

/**
 * The array the broker embeds under the first of `keys` present (`_embedded.x`, or `x` at the top in older answers).
 */
export function embeddedList<T>(resource: HalResource, ...keys: string[]): T[] {
  for (const key of keys) {
    const value = resource._embedded?.[key] ?? resource[key];
    if (Array.isArray(value)) return value as T[];
  }
  return [];
}
