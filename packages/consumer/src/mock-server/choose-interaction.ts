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

function rank(interaction: HttpInteraction, used: Set<HttpInteraction>, state: string | undefined): number {
  const named = state !== undefined && interaction.providerStates.some((s) => s.name === state);
  return (named ? 0 : 2) + (used.has(interaction) ? 1 : 0);
}

/**
 * Match a request against interactions; else report the closest. Among matches, one whose provider state is `state`
 * wins (the `x-pact-provider-state` header of a stub), then one not matched yet, then the first.
 * @example chooseInteraction(actual, interactions, new Set())
 */
export function chooseInteraction(
  actual: HttpRequest,
  interactions: HttpInteraction[],
  used: Set<HttpInteraction>,
  state?: string,
): Choice {
  let closest: Choice['closest'];
  let best: HttpInteraction | undefined;
  const top = state === undefined ? 2 : 0;
  for (const interaction of interactions) {
    const result = matchHttpRequest(interaction.request, actual);
    if (result.ok) {
      const r = rank(interaction, used, state);
      if (!best || r < rank(best, used, state)) best = interaction;
      if (r === top) break;
    } else if (!closest || closeness(result) < closeness(closest.result)) {
      closest = { interaction, result };
    }
  }
  return best ? { matched: best } : { closest };
}
