/** One HAL link. */
export interface HalLink {
  href: string;
  name?: string;
  title?: string;
  templated?: boolean;
}

/** A HAL+JSON resource as the Pact Broker serves it. */
export interface HalResource {
  _links?: Record<string, HalLink | HalLink[]>;
  _embedded?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The links of `resource` under `rel`, always as an array (empty when absent). */
export function linksOf(resource: HalResource, rel: string): HalLink[] {
  const value = resource._links?.[rel];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Fill `{name}` placeholders of a templated href with URI-encoded values. */
export function expandTemplate(href: string, params: Record<string, string>): string {
  return href.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : encodeURIComponent(params[name]),
  );
}
