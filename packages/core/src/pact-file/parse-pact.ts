import type { Interaction, Pact } from '../model';
import { parseInteraction } from './parse-interaction';
import { below, expectObject, expectString, invalid, type JsonObject, type ReadContext } from './read-context';
import { findRulePathWarnings } from './rule-path-warnings';
import { detectSpecVersion } from './spec-version';

/** Options of {@link parsePact}. */
export interface ParsePactOptions {
  /** The file or URL the JSON came from, named in errors. */
  source?: string;
}

const TOP_KEYS = ['consumer', 'provider', 'interactions', 'messages', 'metadata'];

/**
 * Read a pact file of any specification version (V1 to V4), as parsed JSON or as JSON text, into the normalised model.
 * @example parsePact(JSON.parse(text), { source: 'pacts/web-orders.json' }).interactions[0].description
 * Matching rules whose paths are not JSON paths are ignored, as the Pact tools do, and listed in `warnings`.
 * @throws TreatyError TREATY_CORE_INVALID_PACT naming the interaction and JSON path
 *   (`$.interactions[2].request.method`).
 */
export function parsePact(json: unknown, options: ParsePactOptions = {}): Pact {
  const ctx: ReadContext = { source: options.source };
  const file = expectObject(ctx, '$', typeof json === 'string' ? parseJsonText(ctx, json) : json, 'a pact file object');
  const specVersion = detectSpecVersion(ctx, file);
  const interactions: Interaction[] = [];
  for (const kind of ['interactions', 'messages'] as const) {
    if (file[kind] === undefined) continue;
    const listPath = `$.${kind}`;
    if (!Array.isArray(file[kind])) invalid(ctx, listPath, `an array of ${kind}`, file[kind]);
    file[kind].forEach((item, i) =>
      interactions.push(parseInteraction(ctx.source, below(listPath, i), item, specVersion, kind)),
    );
  }
  const pact: Pact = {
    consumer: { name: readParty(ctx, file, 'consumer') },
    provider: { name: readParty(ctx, file, 'provider') },
    interactions,
    metadata: file.metadata === undefined ? {} : expectObject(ctx, '$.metadata', file.metadata),
    specVersion,
  };
  const warnings = findRulePathWarnings(interactions);
  if (warnings.length > 0) pact.warnings = warnings;
  const extraKeys = Object.keys(file).filter((key) => !TOP_KEYS.includes(key));
  return extraKeys.length === 0
    ? pact
    : { ...pact, extra: Object.fromEntries(extraKeys.map((key) => [key, file[key]])) };
}

function readParty(ctx: ReadContext, file: JsonObject, role: 'consumer' | 'provider'): string {
  const party = expectObject(ctx, `$.${role}`, file[role], `the ${role} { "name": ... }`);
  return expectString(ctx, below(`$.${role}`, 'name'), party.name, `the ${role}'s name`);
}

function parseJsonText(ctx: ReadContext, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return invalid(ctx, '$', `JSON text (${(error as Error).message})`, text);
  }
}
