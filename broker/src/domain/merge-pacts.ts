import { brokerErrors } from '../errors';
import { canonicalJson } from '@treaty/core';
import { readPact, type PublishedPact } from './read-pact';

const keyOf = (interaction: Record<string, unknown>) =>
  canonicalJson([interaction.description, interaction.providerState ?? null, interaction.providerStates ?? null]);

/**
 * Merge a newly published pact's interactions into the stored one (`onConflict: merge`): new interactions are added,
 * identical ones kept once.
 * @throws TreatyError TREATY_BROKER_CONFLICT when an interaction has the same description and state but different
 *   content.
 */
export function mergePacts(stored: Record<string, unknown>, incoming: PublishedPact): PublishedPact {
  const merged = { ...incoming.json };
  for (const list of ['interactions', 'messages']) {
    const before = (stored[list] as Record<string, unknown>[] | undefined) ?? [];
    const added = (incoming.json[list] as Record<string, unknown>[] | undefined) ?? [];
    if (!before.length && !added.length) continue;
    const out = [...before];
    for (const interaction of added) {
      const at = out.findIndex((existing) => keyOf(existing) === keyOf(interaction));
      if (at < 0) out.push(interaction);
      else if (canonicalJson(out[at]) !== canonicalJson(interaction)) {
        throw brokerErrors.TREATY_BROKER_CONFLICT([
          `merge pact between ${incoming.consumerName} and ${incoming.providerName}`,
          `interaction "${String(interaction.description)}" has the same description and provider state as ` +
            `an existing one but different content`,
        ]);
      }
    }
    merged[list] = out;
  }
  return readPact(merged, `merged pact between ${incoming.consumerName} and ${incoming.providerName}`);
}
