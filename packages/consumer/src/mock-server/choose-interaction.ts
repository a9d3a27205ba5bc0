import { matchHttpRequest, type HttpInteraction, type HttpRequest, type MatchResult } from '@treaty/core';

/** The outcome of matching one received request against a test's interactions. */
export interface Choice {
  /** The interaction the request matched, if any. */
  matched?: HttpInteraction;
  /** When nothing matched: the closest interaction and why it did not match. */
  closest?: { interaction: HttpInteraction; result: MatchResult };
}

function closeness(result: MatchResult): number {
  // Method and path mismatches say "a different endpoint"; weigh them above body details.
  return result.mismatches.reduce((sum, m) => sum + (m.type === 'method' || m.type === 'path' ? 100 : 1), 0);
}

/**
 * Match a request against interactions, preferring those not matched yet; else report the closest.
 * @example chooseInteraction(actual, interactions, new Set())
 */
export function chooseInteraction(actual: HttpRequest, interactions: HttpInteraction[], used: Set<HttpInteraction>): Choice {
  let closest: Choice['closest'];
  let reused: HttpInteraction | undefined;
  for (const interaction of interactions) {
    const result = matchHttpRequest(interaction.request, actual);
    if (result.ok) {
      if (!used.has(interaction)) return { matched: interaction };
      reused ??= interaction;
    } else if (!closest || closeness(result) < closeness(closest.result)) {
      closest = { interaction, result };
    }
  }
  return reused ? { matched: reused } : { closest };
}
