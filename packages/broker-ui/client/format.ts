/** A timestamp as people read it, in their locale, with the ISO form kept for the tooltip. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** JSON for people: two-space indentation. */
export function pretty(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** A SHA shortened as git does. */
export const short = (sha: string) => sha.slice(0, 8);
