/** A provider state and the consumers whose pacts use it. */
export interface ProviderStateUse {
  name: string;
  params?: Record<string, unknown>;
  consumers: string[];
}

type Json = Record<string, unknown>;

function statesOfInteraction(interaction: Json): { name: string; params?: Record<string, unknown> }[] {
  if (typeof interaction.providerState === 'string') return [{ name: interaction.providerState }];
  if (!Array.isArray(interaction.providerStates)) return [];
  return (interaction.providerStates as Json[])
    .filter((state) => state && typeof state.name === 'string')
    .map((state) => (state.params && typeof state.params === 'object' ? { name: state.name as string, params: state.params as Json } : { name: state.name as string }));
}

/** The provider states of every interaction (and message) of one pact, in order, repeats included. */
export function providerStatesOf(pact: Json): { name: string; params?: Record<string, unknown> }[] {
  const items = [pact.interactions, pact.messages].filter(Array.isArray).flat() as Json[];
  return items.flatMap((item) => (item && typeof item === 'object' ? statesOfInteraction(item) : []));
}

/**
 * Merge the provider states of several consumers' pacts as the Pact Broker's `provider-states` resource does:
 * one entry per name and params, the consumers that use it, sorted by name.
 * @example aggregateProviderStates([{ consumer: 'Web', pact }])[0].consumers // ['Web']
 */
export function aggregateProviderStates(pacts: readonly { consumer: string; pact: Json }[]): ProviderStateUse[] {
  const byKey = new Map<string, ProviderStateUse>();
  for (const { consumer, pact } of pacts) {
    for (const state of providerStatesOf(pact)) {
      const key = JSON.stringify([state.name, state.params ?? null]);
      const entry = byKey.get(key) ?? { ...state, consumers: [] };
      if (!entry.consumers.includes(consumer)) entry.consumers.push(consumer);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
