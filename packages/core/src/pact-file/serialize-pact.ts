import type { Pact } from '../model';
/** The versions Treaty writes. */
export type WritableSpecVersion = 'V2' | 'V3' | 'V4';
/** Options of {@link serializePact}. */
export interface SerializePactOptions { /** Defaults to V4. */ specVersion?: WritableSpecVersion }
/** Write a pact model as the JSON of a pact file of the chosen version (a plain object, keys in a deterministic order). */
export function serializePact(pact: Pact, options: SerializePactOptions = {}): Record<string, unknown> { void pact; void options; throw new Error("not implemented yet"); }
