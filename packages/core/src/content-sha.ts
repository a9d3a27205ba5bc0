import { canonicalJson } from './canonical-json';
import type { Body, Interaction, Pact } from './model';
import { parsePact } from './pact-file/parse-pact';
import { sha1Hex } from './sha1';

/**
 * A hex SHA-1 of everything in a pact that affects verification (consumer, provider, interactions),
 * the same whatever the key order or interaction order, and ignoring metadata and broker data
 * (`_links`, interaction `_id`). Accepts a parsed model or the raw JSON of a pact file.
 * @example pactContentSha(JSON.parse(text)) // '3f786850e387550fdab836ed7e6dc881de23001b'
 * @throws TreatyError TREATY_CORE_INVALID_PACT when raw JSON is not a pact.
 */
export function pactContentSha(pact: Pact | Record<string, unknown>): string {
  const model = isModel(pact) ? pact : parsePact(pact);
  const interactions = model.interactions.map((interaction) => canonicalJson(withoutBrokerData(interaction))).sort();
  return sha1Hex(
    `{"consumer":${canonicalJson(model.consumer.name)},"provider":${canonicalJson(model.provider.name)},` +
      `"interactions":[${interactions.join(',')}]}`,
  );
}

function isModel(pact: Pact | Record<string, unknown>): pact is Pact {
  return (
    typeof pact.specVersion === 'string' &&
    Array.isArray(pact.interactions) &&
    pact.interactions.every(
      (i) => typeof i === 'object' && i !== null && Array.isArray((i as Interaction).providerStates),
    )
  );
}

// The query's spelling (`queryString`) does not affect verification; its parameters (`query`) do.
function withoutBrokerData(interaction: Interaction): unknown {
  const { id: _id, extra, ...rest } = interaction;
  const { _links: _l, ...otherExtra } = extra ?? {};
  const spelling = rest.type === 'Synchronous/HTTP' ? { request: { ...rest.request, queryString: undefined } } : {};
  return stripPlainEncoding({
    ...rest,
    ...spelling,
    extra: Object.keys(otherExtra).length > 0 ? otherExtra : undefined,
  });
}

// `encoded: false` is the default, so V4 bodies that spell it out hash like those that do not.
function stripPlainEncoding(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripPlainEncoding);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    out[key] = isBody(item) && item.encoded === false ? { ...item, encoded: undefined } : stripPlainEncoding(item);
  return out;
}

function isBody(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && 'content' in value && 'encoded' in value;
}
