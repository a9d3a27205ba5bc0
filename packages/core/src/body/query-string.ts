/** Parse `a=1&a=2&b=x` (no leading `?`) into `{ a: ['1', '2'], b: ['x'] }`, decoding percent escapes. */
export function parseQueryString(query: string): Record<string, string[]> { void query; throw new Error("not implemented yet"); }
/** Write a query map as a query string (no leading `?`), keys in the given order. */
export function formatQueryString(query: Record<string, string[]>): string { void query; throw new Error("not implemented yet"); }
