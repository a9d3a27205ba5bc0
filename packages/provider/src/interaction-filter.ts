import type { Interaction } from '@treaty/core';
import { providerErrors } from './errors';

/** pact-js's interaction filters, read from `PACT_DESCRIPTION`, `PACT_PROVIDER_STATE` and `PACT_PROVIDER_NO_STATE`. */
export interface InteractionFilter {
  /** Matches (anywhere in) the interaction's description. */
  description?: RegExp;
  /** Matches (anywhere in) one of the interaction's provider state names. */
  state?: RegExp;
  /** Only interactions without provider states (when no `state` is given). */
  noState: boolean;
}

function regexFrom(env: NodeJS.ProcessEnv, name: string): RegExp | undefined {
  const source = env[name];
  if (!source) return undefined;
  try {
    return new RegExp(source);
  } catch (error) {
    const why = `${name}="${source}" is not a valid regular expression (${(error as Error).message})`;
    throw providerErrors.TREATY_PROVIDER_INVALID_OPTIONS([why, `Fix or unset ${name}`]);
  }
}

/**
 * The filter the environment asks for, as pact-js (through pact-reference) reads it, or undefined for none.
 * @example filterFromEnv({ PACT_DESCRIPTION: '^a request for order' })
 * @throws TreatyError TREATY_PROVIDER_INVALID_OPTIONS when a variable is not a valid regular expression
 */
export function filterFromEnv(env: NodeJS.ProcessEnv = process.env): InteractionFilter | undefined {
  const filter = {
    description: regexFrom(env, 'PACT_DESCRIPTION'),
    state: regexFrom(env, 'PACT_PROVIDER_STATE'),
    noState: !!env.PACT_PROVIDER_NO_STATE,
  };
  return filter.description || filter.state || filter.noState ? filter : undefined;
}

/**
 * Whether an interaction passes the filter (pact-reference's rules: description and state must both match when both are
 * given).
 * @example interactions.filter((i) => passesFilter(i, filter))
 */
export function passesFilter(interaction: Interaction, filter: InteractionFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.description && !filter.description.test(interaction.description)) return false;
  if (filter.state) return interaction.providerStates.some((state) => filter.state!.test(state.name));
  return filter.noState ? interaction.providerStates.length === 0 : true;
}

/**
 * A description of an active filter for the report.
 * @example describeFilter(filter) // 'PACT_DESCRIPTION=/^get/'
 */
export function describeFilter(filter: InteractionFilter): string {
  const parts = [
    filter.description && `PACT_DESCRIPTION=${filter.description.source}`,
    filter.state && `PACT_PROVIDER_STATE=${filter.state.source}`,
    filter.noState && !filter.state && 'PACT_PROVIDER_NO_STATE',
  ];
  return `only interactions selected by ${parts.filter(Boolean).join(' and ')} are verified`;
}
