import { isTreatyError, parsePact, pactContentSha } from '@treaty/core';
import { brokerErrors } from '../errors';

/** A published pact as the broker stores it. */
export interface PublishedPact {
  consumerName: string;
  providerName: string;
  /** Content SHA: equal for pacts that verify the same. */
  sha: string;
  /** The JSON as published, minus broker-added keys. */
  json: Record<string, unknown>;
}

const BROKER_KEYS = ['_links', '_embedded', 'createdAt'];

function stripBrokerKeys(json: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) if (!BROKER_KEYS.includes(key)) out[key] = value;
  for (const list of ['interactions', 'messages']) {
    if (Array.isArray(out[list]))
      out[list] = (out[list] as Record<string, unknown>[]).map(({ _id, ...rest }) => (void _id, rest));
  }
  return out;
}

/** `$.interactions[3]` when an entry of `interactions` or `messages` is not an object (null, a string, ...). */
function badEntryPath(json: Record<string, unknown>): string | undefined {
  for (const list of ['interactions', 'messages']) {
    const entries = json[list];
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) return `$.${list}`;
    const index = entries.findIndex((entry) => !entry || typeof entry !== 'object' || Array.isArray(entry));
    if (index >= 0) return `$.${list}[${index}]`;
  }
  return undefined;
}

function nameOf(json: Record<string, unknown>, role: 'consumer' | 'provider'): string | undefined {
  const party = json[role] as { name?: unknown } | undefined;
  return party && typeof party.name === 'string' && party.name.trim() !== '' ? party.name : undefined;
}

/**
 * Validate a published pact with @treaty/core and compute its content SHA.
 * @throws TreatyError TREATY_BROKER_INVALID_PACT when it is not a pact.
 */
export function readPact(body: unknown, source: string): PublishedPact {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw brokerErrors.TREATY_BROKER_INVALID_PACT([` ${source}`, 'the body is not a JSON object']);
  }
  const badEntry = badEntryPath(body as Record<string, unknown>);
  if (badEntry) {
    const reason = `${badEntry} must be ${badEntry.includes('[') ? 'an object' : 'an array of objects'}`;
    throw brokerErrors.TREATY_BROKER_INVALID_PACT([` ${source}`, reason], { errors: { [badEntry]: [reason] } });
  }
  const json = stripBrokerKeys(body as Record<string, unknown>);
  const consumerName = nameOf(json, 'consumer');
  const providerName = nameOf(json, 'provider');
  if (!consumerName || !providerName) {
    throw brokerErrors.TREATY_BROKER_INVALID_PACT([
      ` ${source}`,
      `$.${consumerName ? 'provider' : 'consumer'}.name is missing`,
    ]);
  }
  let sha: string;
  try {
    sha = pactContentSha(parsePact(json, { source }));
  } catch (error) {
    if (isTreatyError(error))
      throw brokerErrors.TREATY_BROKER_INVALID_PACT([` ${source}`, error.message], {
        cause: error.code,
        errors: { content: [error.message] },
      });
    throw error;
  }
  return { consumerName, providerName, sha, json };
}
