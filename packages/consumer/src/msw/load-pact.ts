import { readFileSync } from 'node:fs';
import { parsePact, type Pact } from '@treaty/core';
import { consumerErrors } from '../errors';

function isModel(value: object): value is Pact {
  const pact = value as Partial<Pact>;
  return (
    typeof pact.specVersion === 'string' &&
    Array.isArray(pact.interactions) &&
    pact.interactions.every((i) => typeof i?.type === 'string' && Array.isArray(i.providerStates))
  );
}

/**
 * Load a pact from a model, a pact file's JSON, or a path to a pact file.
 * @example loadPact('pacts/web-api.json')
 * @throws TREATY_CONSUMER_PACT_SOURCE when the file cannot be read; core's TREATY_CORE_INVALID_PACT when it is not a
 *   pact.
 */
export function loadPact(source: Pact | Record<string, unknown> | string): Pact {
  if (typeof source === 'string') {
    let text: string;
    try {
      text = readFileSync(source, 'utf8');
    } catch (error) {
      throw consumerErrors.TREATY_CONSUMER_PACT_SOURCE([source, (error as Error).message], { source }, error);
    }
    return parsePact(text, { source });
  }
  if (source === null || typeof source !== 'object')
    throw consumerErrors.TREATY_CONSUMER_PACT_SOURCE([String(source), 'it is not a pact']);
  return isModel(source) ? source : parsePact(source);
}
