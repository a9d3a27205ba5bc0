const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Append an object key to a JSON path, in bracket notation when the key is not a plain identifier.
 * @example childPath('$.a', 'b-c') // "$.a['b-c']"
 */
export function childPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}['${key.replace(/'/g, "\\'")}']`;
}

/**
 * Append an array index (or `*`) to a JSON path.
 * @example indexPath('$.items', '*') // '$.items[*]'
 */
export function indexPath(path: string, index: number | '*'): string {
  return `${path}[${index}]`;
}
