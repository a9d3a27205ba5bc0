import { matchHttpRequest, type HttpInteraction, type HttpRequest, type Mismatch, type Pact } from '@treaty/core';

/** The interaction that answers a request, or the closest one and why it did not match. */
export type FindResult =
  | { found: HttpInteraction }
  | { found?: undefined; closest?: HttpInteraction; mismatches: Mismatch[] };

/**
 * Pick the interaction whose request matches. When several do, the one whose provider state is named in the
 * `x-pact-provider-state` header wins, then the first one in the pact.
 */
export function findInteraction(pact: Pact, request: HttpRequest, state?: string): FindResult {
  const http = pact.interactions.filter((i): i is HttpInteraction => i.type === 'Synchronous/HTTP');
  let closest: { interaction: HttpInteraction; mismatches: Mismatch[] } | undefined;
  const matches: HttpInteraction[] = [];
  for (const interaction of http) {
    const result = matchHttpRequest(interaction.request, request);
    if (result.ok) matches.push(interaction);
    else if (!closest || result.mismatches.length < closest.mismatches.length) closest = { interaction, mismatches: result.mismatches };
  }
  const preferred = state ? matches.find((i) => i.providerStates.some((s) => s.name === state)) : undefined;
  const found = preferred ?? matches[0];
  if (found) return { found };
  return { closest: closest?.interaction, mismatches: closest?.mismatches ?? [] };
}
