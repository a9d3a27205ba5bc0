import type { Pact } from '../model';
/** Options of {@link parsePact}. */
export interface ParsePactOptions { /** The file or URL the JSON came from, named in errors. */ source?: string }
/**
 * Read a pact file of any specification version (V1 to V4) into the normalised model.
 * @throws TreatyError TREATY_CORE_INVALID_PACT naming the interaction and JSON path.
 */
export function parsePact(json: unknown, options: ParsePactOptions = {}): Pact { void json; void options; throw new Error("not implemented yet"); }
