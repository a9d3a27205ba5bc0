import type { HalResource } from '@treaty/broker-client';

/** The array the broker embeds under the first of `keys` present (`_embedded.x`, or `x` at the top in older answers). */
export function embeddedList<T>(resource: HalResource, ...keys: string[]): T[] {
  for (const key of keys) {
    const value = resource._embedded?.[key] ?? resource[key];
    if (Array.isArray(value)) return value as T[];
  }
  return [];
}

/** `resource` without its `_links` and `_embedded`: the fields people read. */
export function fieldsOf(resource: HalResource): Record<string, unknown> {
  const { _links: _l, _embedded: _e, ...rest } = resource;
  return rest;
}
