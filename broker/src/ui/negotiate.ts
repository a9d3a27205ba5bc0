/** The quality a client gives a media range in its `Accept` header (0 when absent). */
function quality(accept: string, type: string): number {
  let best = 0;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    if (range.trim() !== type) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    best = Math.max(best, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  return best;
}

/**
 * True when a client names HTML above every JSON type, as browsers do; HAL clients (which never name HTML) get JSON.
 * @example prefersHtml('text/html,application/xhtml+xml,*\/*;q=0.8') // true
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = quality(accept, 'text/html');
  const json = Math.max(quality(accept, 'application/hal+json'), quality(accept, 'application/json'));
  return html > 0 && html > json;
}
