import type { MatchResult, Mismatch } from '../model';
/** Options of {@link formatMismatches}. */
export interface FormatOptions { /** The interaction's description, printed as the heading. */ interaction?: string; /** ANSI colours. Default false. */ color?: boolean }
/** Render mismatches as a Jest-style report: where, which rule, expected beside actual. */
export function formatMismatches(result: MatchResult | Mismatch[], options: FormatOptions = {}): string { void result; void options; throw new Error("not implemented yet"); }
