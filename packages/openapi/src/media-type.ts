import { bodyKindOf, mediaTypeMatches, parseMediaType, type BodyKind } from '@treaty/core';

/** The bare media type of a Content-Type value, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export function bareMediaType(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return parseMediaType(value).base || undefined;
}

/**
 * The kind of body a media type holds (`json`, `xml`, `form`, `multipart`, `text`, `binary`), as core classifies it.
 */
export function mediaKind(value: string | undefined): BodyKind | undefined {
  return bodyKindOf(value);
}

/** `application/vnd.api+json` → `application/json`: the type with its structured-syntax suffix as subtype. */
function suffixed(base: string): string {
  const [type, subtype = ''] = base.split('/');
  return `${type}/${subtype.split('+').pop() ?? subtype}`;
}

/**
 * The key of `content` that applies to `actual`: one whose parameters all match (`;version=2`), then the same bare
 * type,
 * then the same structured-syntax suffix (`+json`), then `type/*`, then `*\/*`.
 */
export function pickMediaType(keys: string[], actual: string | undefined): string | undefined {
  const bare = bareMediaType(actual);
  if (actual === undefined || bare === undefined) return undefined;
  const bases = keys.map((key) => bareMediaType(key) ?? key);
  const exact = keys.find((key, i) => bases[i] === bare && mediaTypeMatches(key, actual));
  if (exact !== undefined) return exact;
  const index = [
    bases.indexOf(bare),
    bases.findIndex((b) => suffixed(b) === suffixed(bare)),
    bases.indexOf(bare.split('/')[0] + '/*'),
    bases.indexOf('*/*'),
  ].find((i) => i >= 0);
  return index === undefined ? undefined : keys[index];
}

/** True when one media range of an `Accept` header value (`application/json, text/*;q=0.5`) admits `mediaType`. */
export function acceptAdmits(accept: string, mediaType: string): boolean {
  const type = bareMediaType(mediaType);
  if (type === undefined) return false;
  return accept.split(',').some((range) => {
    const bare = bareMediaType(range);
    if (bare === undefined) return false;
    if (bare === '*/*' || (bare.endsWith('/*') && type.startsWith(bare.slice(0, -1)))) return true;
    return pickMediaType([mediaType], range) !== undefined;
  });
}
