/** Content-type classification shared by body parsing and encoding. */

/** The media type without parameters, lower-cased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0].trim().toLowerCase() || undefined;
}

/** True for `application/json`, `*+json` and `*\/json` types. */
export function isJsonType(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type !== undefined && (/[/+]json$/.test(type) || type === 'application/json');
}

/** True for types whose bodies are text: text, JSON, XML, forms, multipart, JavaScript. */
export function isTextType(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  if (type === undefined) return false;
  return type.startsWith('text/') || type.startsWith('multipart/') || isJsonType(type) || /[/+]xml$/.test(type)
    || ['application/x-www-form-urlencoded', 'application/javascript', 'application/graphql', 'application/yaml'].includes(type);
}
