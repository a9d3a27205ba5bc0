/** Escape one JSON pointer segment (RFC 6901). */
export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unescape one JSON pointer segment. */
export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Build a `#/a/b` pointer from segments. */
export function pointer(...segments: Array<string | number>): string {
  return '#' + segments.map((s) => '/' + escapeSegment(s)).join('');
}

/** Append segments to an existing `#/...` pointer. */
export function appendPointer(base: string, ...segments: Array<string | number>): string {
  return base + segments.map((s) => '/' + escapeSegment(s)).join('');
}

/** Split a `#/a/b` (or `/a/b`) pointer into unescaped segments. */
export function splitPointer(ptr: string): string[] {
  const body = ptr.startsWith('#') ? ptr.slice(1) : ptr;
  if (body === '' || body === '/') return [];
  return body
    .slice(1)
    .split('/')
    .map((s) => unescapeSegment(decodeURIComponent(s)));
}

/** Read the value at a pointer, or `undefined` when a segment is missing. */
export function getAtPointer(root: unknown, ptr: string): unknown {
  let node = root;
  for (const segment of splitPointer(ptr)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A pointer as a URI fragment (percent-encoding what URIs forbid, such as `{` and `}`). */
export function pointerToFragment(ptr: string): string {
  return (
    '#' +
    splitPointer(ptr)
      .map((s) => '/' + encodeURIComponent(escapeSegment(s)))
      .join('')
  );
}

/** Turn an ajv instance path (`/items/0/price`) into a JSON path suffix (`.items[0].price`). */
export function instancePathToJsonPath(instancePath: string): string {
  if (!instancePath) return '';
  return splitPointer(instancePath)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `['${s}']`))
    .join('');
}
