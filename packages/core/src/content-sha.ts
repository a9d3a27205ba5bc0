import type { Pact } from './model';
/** A hex SHA-1 of everything in a pact that affects verification, independent of key and interaction order. */
export function pactContentSha(pact: Pact | Record<string, unknown>): string { void pact; throw new Error("not implemented yet"); }
