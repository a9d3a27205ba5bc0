import { distance } from 'fastest-levenshtein';

/**
 * Up to `max` of `known` that look like `name`, closest first: the same name in another case alone, else names within
 * an edit distance of a quarter of the longer name (at least 2), or starting with `name`.
 * @example closestNames('web-ap', ['web-app', 'users-api']) // ['web-app']
 */
export function closestNames(name: string, known: readonly string[], max = 3): string[] {
  const lower = name.toLowerCase();
  const sameName = known.find((candidate) => candidate.toLowerCase() === lower);
  if (sameName) return [sameName];
  return known
    .map((candidate) => ({ candidate, score: distance(lower, candidate.toLowerCase()) }))
    .filter(
      ({ candidate, score }) =>
        score <= Math.max(2, Math.floor(Math.max(candidate.length, name.length) / 4)) ||
        candidate.toLowerCase().startsWith(lower),
    )
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}
