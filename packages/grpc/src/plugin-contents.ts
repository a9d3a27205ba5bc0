import { resolve } from 'node:path';
import type { Message, ProviderState } from '@treaty/core';
import { loadProtoFile, messageOf, type ProtoDescriptors } from './descriptors';
import { grpcErrors } from './errors';
import { build, buildGrpcInteraction, pluginEntry, toMessage, type ProtobufPluginEntry } from './grpc-interaction';
import type { BuiltGrpcInteraction } from './grpc-pact-test';
import { interactionMarkup } from './markup';

/** What pact-js's `withPluginContents` gives for the protobuf plugin, parsed. */
interface ProtobufContents {
  'pact:proto'?: unknown;
  'pact:proto-service'?: unknown;
  'pact:message-type'?: unknown;
  [field: string]: unknown;
}

const USAGE =
  "Pass JSON with 'pact:proto' (a .proto file) and 'pact:proto-service' ('Service/method') or 'pact:message-type'";

function parseContents(description: string, contents: string): ProtobufContents {
  let parsed: unknown;
  try {
    parsed = JSON.parse(contents);
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_INVALID_PLUGIN_CONTENTS([description, `it is not JSON (${messageOf(error)})`, USAGE], {
      interaction: description,
    });
  }
  if (
    !parsed ||
    typeof parsed !== 'object' ||
    Array.isArray(parsed) ||
    typeof (parsed as ProtobufContents)['pact:proto'] !== 'string'
  ) {
    throw grpcErrors.TREATY_GRPC_INVALID_PLUGIN_CONTENTS([description, "it has no 'pact:proto'", USAGE], {
      interaction: description,
    });
  }
  return parsed as ProtobufContents;
}

/** `pact:protobuf-config.additionalIncludes`: directories imports are looked up in. */
function includesOf(contents: ProtobufContents): string[] {
  const config = contents['pact:protobuf-config'] as { additionalIncludes?: unknown } | undefined;
  const includes = config?.additionalIncludes;
  return Array.isArray(includes) ? includes.map(String) : typeof includes === 'string' ? [includes] : [];
}

function expectations(contents: ProtobufContents, skip: string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(contents).filter(([key]) => !key.startsWith('pact:') && !skip.includes(key)),
  );
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

const NEEDED_BY = { 'pact:proto-service': 'a gRPC interaction', 'pact:message-type': 'a protobuf message' };

/** The contents, what they name to build (a `Service/method` or a message type) and the descriptors of their proto. */
function readContents(
  description: string,
  contents: string,
  key: keyof typeof NEEDED_BY,
): { parsed: ProtobufContents; named: string; descriptors: ProtoDescriptors } {
  const parsed = parseContents(description, contents);
  const named = parsed[key];
  if (typeof named !== 'string') {
    throw grpcErrors.TREATY_GRPC_INVALID_PLUGIN_CONTENTS([description, `${NEEDED_BY[key]} needs '${key}'`, USAGE], {
      interaction: description,
    });
  }
  const descriptors = loadProtoFile(resolve(String(parsed['pact:proto'])), { includes: includesOf(parsed) });
  return { parsed, named, descriptors };
}

/**
 * Build a gRPC interaction from the protobuf plugin's contents as pact-js tests write them
 * (`{ 'pact:proto': ..., 'pact:proto-service': 'Calculator/calculateOne', request: {...}, response: {...} }`).
 * @throws TreatyError TREATY_GRPC_INVALID_PLUGIN_CONTENTS, or another TREATY_GRPC_* code, naming the interaction
 */
export function grpcInteractionFromPluginContents(
  description: string,
  providerStates: ProviderState[],
  contents: string,
): BuiltGrpcInteraction {
  const { parsed, named: service, descriptors } = readContents(description, contents, 'pact:proto-service');
  const response = Array.isArray(parsed.response)
    ? (parsed.response as Array<Record<string, unknown>>)
    : asObject(parsed.response);
  return buildGrpcInteraction({
    description,
    providerStates,
    descriptors,
    service,
    request: asObject(parsed.request),
    response,
    requestMetadata: asObject(parsed.requestMetadata),
    responseMetadata: asObject(parsed.responseMetadata),
    expectations: expectations(parsed),
  });
}

/**
 * Build one protobuf message from the plugin's contents with `pact:message-type` (for message pacts): the
 * fields at the top level are the message's.
 * @throws TreatyError TREATY_GRPC_INVALID_PLUGIN_CONTENTS, TREATY_GRPC_UNKNOWN_MESSAGE or another TREATY_GRPC_* code
 */
export function protobufMessageFromPluginContents(
  description: string,
  contents: string,
): {
  message: Message;
  plugin: ProtobufPluginEntry;
  descriptorKey: string;
  messageType: string;
  markup: ReturnType<typeof interactionMarkup>;
} {
  const { parsed, named: name, descriptors } = readContents(description, contents, 'pact:message-type');
  let type;
  try {
    type = descriptors.root.lookupType(name);
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_UNKNOWN_MESSAGE([name, description, messageOf(error)], { interaction: description });
  }
  const built = build({ description }, 'message', type, expectations(parsed, ['metadata']));
  const message = toMessage(type, built, asObject(parsed.metadata), { description, part: 'message' });
  return {
    message,
    plugin: pluginEntry(descriptors),
    descriptorKey: descriptors.key,
    messageType: type.fullName,
    markup: interactionMarkup([[type, built.value]]),
  };
}
