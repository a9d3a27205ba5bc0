import type { Interaction } from '@treaty/core';

/**
 * The identity of an interaction in a pact: its description and provider states (with params).
 * @example interactionKey(interaction) // 'get order\u0000[{"name":"order 1 exists"}]'
 */
export function interactionKey(interaction: Interaction): string {
  return `${interaction.description}\u0000${stableJson(interaction.providerStates)}`;
}

/**
 * JSON with object keys sorted, so equal values give equal strings.
 * @example stableJson({ b: 1, a: 2 }) // '{"a":2,"b":1}'
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value as Record<string, unknown>).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out[key] = sortKeys(item);
  }
  return out;
}

/**
 * Order interactions deterministically: by description, then provider states, then type.
 * @example interactions.sort(compareInteractions)
 */
export function compareInteractions(a: Interaction, b: Interaction): number {
  return (
    compare(a.description, b.description) ||
    compare(stableJson(a.providerStates), stableJson(b.providerStates)) ||
    compare(a.type, b.type)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
