/**
 * The one content-type classification: body parsing, matching, the verifier and OpenAPI checks all ask here.
 * Decisions: JSON is any type whose subtype is `json` or ends in `+json` (so `text/json`); XML likewise with `xml`;
 * YAML (`application/yaml`, `application/x-yaml`, `text/yaml`, `+yaml` suffixes) and GraphQL (`application/graphql`)
 * are text; multipart is its own kind, carried as text; anything not named is binary.
 */

/** The kind of body a media type holds. */
export type BodyKind = 'json' | 'xml' | 'text' | 'form' | 'multipart' | 'binary';

const TEXT_TYPES = new Set([
  'application/javascript',
  'application/ecmascript',
  'application/graphql',
  'application/yaml',
  'application/x-yaml',
]);

/**
 * The media type without parameters, lower-cased; undefined when empty.
 * @example bareMediaType('Application/JSON; charset=utf-8') // 'application/json'
 */
export function bareMediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0].trim().toLowerCase() || undefined;
}

/**
 * Classify a content type; undefined when there is none.
 * @example bodyKindOf('application/vnd.api+json') // 'json'
 * @example bodyKindOf('application/yaml') // 'text'
 */
export function bodyKindOf(contentType: string | undefined): BodyKind | undefined {
  if (contentType === undefined) return undefined;
  let kind = kinds.get(contentType);
  if (kind === undefined) {
    // Content types repeat (every response of a provider); the bound keeps odd traffic from growing the map.
    if (kinds.size >= 500) kinds.clear();
    kind = classify(bareMediaType(contentType)) ?? NO_KIND;
    kinds.set(contentType, kind);
  }
  return kind === NO_KIND ? undefined : kind;
}

const NO_KIND = 'none';
const kinds = new Map<string, BodyKind | typeof NO_KIND>();

function classify(type: string | undefined): BodyKind | undefined {
  if (type === undefined) return undefined;
  if (/[/+]json$/.test(type)) return 'json';
  if (/[/+]xml$/.test(type)) return 'xml';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type.startsWith('multipart/')) return 'multipart';
  if (type.startsWith('text/') || type.endsWith('+yaml') || TEXT_TYPES.has(type)) return 'text';
  return 'binary';
}

/**
 * True for JSON content types (`application/json`, `application/problem+json`, `text/json`).
 * @example isJsonType('application/hal+json; charset=utf-8') // true
 */
export function isJsonType(contentType: string | undefined): boolean {
  return bodyKindOf(contentType) === 'json';
}

/**
 * True for content types whose bodies are text: every kind but binary (JSON, XML, forms, multipart, YAML, GraphQL).
 * @example isTextType('application/yaml') // true
 * @example isTextType('image/png') // false
 */
export function isTextType(contentType: string | undefined): boolean {
  const kind = bodyKindOf(contentType);
  return kind !== undefined && kind !== 'binary';
}
