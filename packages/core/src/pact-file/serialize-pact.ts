import { coreErrors } from '../core-errors';
import type { Interaction, Pact } from '../model';
import { checkExpressible } from './check-expressible';
import { sortedObject, writeMessage, writeRequest, writeResponse, type PartVersion } from './write-parts';

/** The versions Treaty writes (V1 as pact-reference's mock server does: a V2 file without matching rules). */
export type WritableSpecVersion = 'V1' | 'V2' | 'V3' | 'V4';

/** Options of {@link serializePact}. */
export interface SerializePactOptions {
  /** Defaults to V4. */
  specVersion?: WritableSpecVersion;
}

const FILE_VERSIONS: Record<WritableSpecVersion, string> = { V1: '1.0.0', V2: '2.0.0', V3: '3.0.0', V4: '4.0' };

/**
 * Write a pact model as the JSON of a pact file of the chosen version: a plain object with its keys
 * sorted, interactions in the given order, `metadata.pactSpecification.version` set.
 * @example JSON.stringify(serializePact(pact, { specVersion: 'V3' }), null, 2)
 * @throws TreatyError TREATY_CORE_UNSUPPORTED_SPEC for another version; TREATY_CORE_INEXPRESSIBLE_IN_SPEC
 * when an interaction has something the version cannot express (a message in V2, a matching rule in V1, a synchronous
 * message in V3, ...).
 */
export function serializePact(pact: Pact, options: SerializePactOptions = {}): Record<string, unknown> {
  const version = options.specVersion ?? 'V4';
  if (!(version in FILE_VERSIONS)) throw coreErrors.TREATY_CORE_UNSUPPORTED_SPEC([String(version)]);
  pact.interactions.forEach((interaction) => checkExpressible(interaction, version));
  const { pactSpecificationVersion: _a, 'pact-specification': _b, ...metadata } = pact.metadata;
  const lists =
    version === 'V4'
      ? { interactions: pact.interactions.map(writeV4Interaction) }
      : writeV2V3Lists(pact.interactions, version);
  return sortedObject({
    ...pact.extra,
    consumer: { name: pact.consumer.name },
    provider: { name: pact.provider.name },
    ...lists,
    metadata: sortedObject({ ...metadata, pactSpecification: { version: FILE_VERSIONS[version] } }),
  });
}

function writeV2V3Lists(interactions: Interaction[], version: PartVersion): Record<string, unknown> {
  const http = interactions.filter((interaction) => interaction.type === 'Synchronous/HTTP');
  const messages = interactions.filter((interaction) => interaction.type === 'Asynchronous/Messages');
  return {
    interactions:
      http.length > 0 || messages.length === 0 ? http.map((i) => writeV2V3Interaction(i, version)) : undefined,
    messages: messages.length > 0 ? messages.map((i) => writeV2V3Interaction(i, version)) : undefined,
  };
}

function writeV2V3Interaction(interaction: Interaction, version: PartVersion): Record<string, unknown> {
  const states =
    version === 'V1' || version === 'V2'
      ? { providerState: interaction.providerStates[0]?.name }
      : {
          providerStates:
            interaction.providerStates.length > 0 ? interaction.providerStates.map(writeState) : undefined,
        };
  return sortedObject({
    ...interaction.extra,
    description: interaction.description,
    _id: interaction.id,
    ...states,
    ...writeInteractionParts(interaction, version),
  });
}

function writeV4Interaction(interaction: Interaction): Record<string, unknown> {
  return sortedObject({
    ...interaction.extra,
    type: interaction.type,
    description: interaction.description,
    providerStates: interaction.providerStates.length > 0 ? interaction.providerStates.map(writeState) : undefined,
    key: interaction.key,
    pending: interaction.pending,
    comments: interaction.comments,
    pluginConfiguration: interaction.pluginConfiguration,
    interactionMarkup: interaction.interactionMarkup,
    transport: interaction.transport,
    _id: interaction.id,
    ...writeInteractionParts(interaction, 'V4'),
  });
}

function writeInteractionParts(interaction: Interaction, version: PartVersion): Record<string, unknown> {
  switch (interaction.type) {
    case 'Synchronous/HTTP':
      return {
        request: writeRequest(interaction.request, version),
        response: writeResponse(interaction.response, version),
      };
    case 'Asynchronous/Messages':
      return writeMessage(interaction, version);
    default:
      return {
        request: writeMessage(interaction.request, version),
        response: interaction.response.map((m) => writeMessage(m, version)),
      };
  }
}

function writeState(state: { name: string; params?: Record<string, unknown> }): Record<string, unknown> {
  return sortedObject({ name: state.name, params: state.params });
}
