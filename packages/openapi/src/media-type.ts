/** The bare media type of a Content-Type value, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export function bareMediaType(value: string | undefined): string | undefined {
  const bare = value?.split(';')[0].trim().toLowerCase();
  return bare ? bare : undefined;
}

/** True for JSON media types (`application/json`, `application/problem+json`, ...). */
export function isJsonMediaType(value: string | undefined): boolean {
  const bare = bareMediaType(value);
  return bare !== undefined && (bare === 'application/json' || bare.endsWith('+json') || bare === 'text/json');
}

/** The key of `content` that applies to `actual`: exact first, then `type/*`, then `*\/*`. */
export function pickMediaType(keys: string[], actual: string | undefined): string | undefined {
  const bare = bareMediaType(actual);
  if (bare === undefined) return undefined;
  const byBare = new Map(keys.map((key) => [bareMediaType(key) ?? key, key]));
  return byBare.get(bare) ?? byBare.get(bare.split('/')[0] + '/*') ?? byBare.get('*/*');
}

/** True when one media range of an `Accept` header value (`application/json, text/*;q=0.5`) admits `mediaType`. */
export function acceptAdmits(accept: string, mediaType: string): boolean {
  const type = bareMediaType(mediaType);
  if (type === undefined) return false;
  return accept.split(',').some((range) => {
    const bare = bareMediaType(range);
    return bare === '*/*' || bare === type || (bare?.endsWith('/*') === true && type.startsWith(bare.slice(0, -1)));
  });
}
