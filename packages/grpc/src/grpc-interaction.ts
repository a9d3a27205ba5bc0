import type * as protobuf from 'protobufjs';
import {
  isRuleExpression,
  parseRuleExpression,
  type Message,
  type ProviderState,
  type RuleList,
  type SynchronousMessageInteraction,
} from '@treaty/core';
import { buildMessage, type BuiltMessage } from './build-message';
import { encodeMessage } from './codec';
import { messageOf, type ProtoDescriptors } from './descriptors';
import { grpcErrors } from './errors';
import { findMethod } from './grpc-pact';
import { interactionMarkup } from './markup';

/** The protobuf plugin's name and the version Treaty writes into pacts by default. */
export const PROTOBUF_PLUGIN = { name: 'protobuf', version: '0.5.5' } as const;

/** A gRPC interaction described the way the protobuf plugin's configuration does. */
export interface GrpcInteractionSpec {
  description: string;
  providerStates?: ProviderState[];
  descriptors: ProtoDescriptors;
  /** `Service/method`, e.g. `Calculator/calculateOne`. */
  service: string;
  /** Request fields: literals or matching definitions such as `"matching(number, 3)"`. */
  request?: Record<string, unknown>;
  /** Response fields, or a list of responses for a streaming method. */
  response?: Record<string, unknown> | Array<Record<string, unknown>>;
  /** Request metadata (gRPC headers): literals or matching definitions. */
  requestMetadata?: Record<string, unknown>;
  /** Response metadata; `grpc-status` and `grpc-message` make the call fail with that status. */
  responseMetadata?: Record<string, unknown>;
  /** The plugin's configuration as given (kept as `expectations`). */
  expectations?: Record<string, unknown>;
}

/** The `metadata.plugins` entry of a pact that uses the protobuf plugin. */
export interface ProtobufPluginEntry {
  name: string;
  version: string;
  configuration: Record<string, { protoDescriptors: string; protoFile: string }>;
}

function metadataPart(raw: Record<string, unknown> | undefined): {
  values: Record<string, unknown>;
  rules?: Record<string, RuleList>;
} {
  if (!raw) return { values: {} };
  const values: Record<string, unknown> = {};
  const rules: Record<string, RuleList> = {};
  for (const [key, value] of Object.entries(raw)) {
    const built = buildMetadataValue(key, value);
    values[key] = built.value;
    if (built.rules) rules[key] = built.rules;
  }
  return { values, ...(Object.keys(rules).length > 0 ? { rules } : {}) };
}

function buildMetadataValue(key: string, value: unknown): { value: unknown; rules?: RuleList } {
  if (typeof value !== 'string' || !isRuleExpression(value)) return { value };
  const definition = parseRuleExpression(value, key);
  return { value: definition.value, rules: { combine: 'AND', matchers: definition.rules } };
}

/** A protobuf message of the pact (contents, metadata, rules) built from the plugin's field configuration. */
export function toMessage(
  type: protobuf.Type,
  built: BuiltMessage,
  metadata: Record<string, unknown> | undefined,
  label: { description: string; part: string },
): Message {
  const contentType = `application/protobuf;message=${type.fullName}`;
  let bytes: Uint8Array;
  try {
    bytes = encodeMessage(type, built.value);
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_ENCODE_FAILED(
      [label.part, label.description, type.fullName.slice(1), messageOf(error)],
      { interaction: label.description },
      error,
    );
  }
  const meta = metadataPart(metadata);
  const rules = {
    ...(Object.keys(built.rules).length > 0 ? { body: built.rules } : {}),
    ...(meta.rules ? { metadata: meta.rules } : {}),
  };
  return {
    contents: {
      content: Buffer.from(bytes).toString('base64'),
      contentType,
      encoded: 'base64',
      contentTypeHint: 'BINARY',
    },
    metadata: { contentType, ...meta.values },
    ...(Object.keys(rules).length > 0 ? { matchingRules: rules } : {}),
    ...(Object.keys(built.generators).length > 0 ? { generators: { body: built.generators } } : {}),
  };
}

/** Build a message for an interaction, naming the interaction and the part when a field is wrong. */
export function build(
  spec: { description: string },
  part: string,
  type: protobuf.Type,
  config: Record<string, unknown>,
): BuiltMessage {
  try {
    return buildMessage(type, config);
  } catch (error) {
    if (error instanceof Error && 'code' in error) throw error;
    throw grpcErrors.TREATY_GRPC_ENCODE_FAILED(
      [part, spec.description, type.fullName.slice(1), messageOf(error)],
      { interaction: spec.description },
      error,
    );
  }
}

/**
 * Build a V4 `Synchronous/Messages` interaction over gRPC exactly as the protobuf plugin writes it, with the
 * pact-level plugin entry that carries the descriptors.
 * @example
 * const { interaction, plugin } = buildGrpcInteraction({ description: 'area', descriptors: parseProto(text),
 *   service: 'Calculator/calculateOne', request: { rectangle: { length: 'matching(number, 3)', width: 4 } },
 *   response: { value: 'matching(number, 12)' } });
 * @throws TreatyError (TREATY_GRPC_*) naming the interaction for an unknown method, field or bad value
 */
export function buildGrpcInteraction(spec: GrpcInteractionSpec): {
  interaction: SynchronousMessageInteraction;
  plugin: ProtobufPluginEntry;
} {
  const { descriptors } = spec;
  const method = findMethod(descriptors.root, spec.service, spec.description);
  const request = build(spec, 'request', method.requestType, spec.request ?? {});
  const responses = Array.isArray(spec.response)
    ? spec.response
    : spec.response || spec.responseMetadata
      ? [spec.response ?? {}]
      : [];
  const builtResponses = responses.map((r) => build(spec, 'response', method.responseType, r));
  const serviceName = method.path.slice(1);
  const interaction: SynchronousMessageInteraction = {
    type: 'Synchronous/Messages',
    description: spec.description,
    providerStates: spec.providerStates ?? [],
    transport: 'grpc',
    pluginConfiguration: {
      protobuf: {
        descriptorKey: descriptors.key,
        service: serviceName,
        ...(spec.expectations ? { expectations: spec.expectations } : {}),
      },
    },
    interactionMarkup: interactionMarkup([
      [method.requestType, request.value],
      ...builtResponses.map((b): [protobuf.Type, Record<string, unknown>] => [method.responseType, b.value]),
    ]),
    request: toMessage(method.requestType, request, spec.requestMetadata, {
      description: spec.description,
      part: 'request',
    }),
    response: builtResponses.map((b, i) =>
      toMessage(method.responseType, b, i === 0 ? spec.responseMetadata : undefined, {
        description: spec.description,
        part: 'response',
      }),
    ),
  };
  return { interaction, plugin: pluginEntry(descriptors) };
}

/** The pact-level plugin entry for some descriptors. */
export function pluginEntry(
  descriptors: ProtoDescriptors,
  version: string = PROTOBUF_PLUGIN.version,
): ProtobufPluginEntry {
  return {
    name: PROTOBUF_PLUGIN.name,
    version,
    configuration: {
      [descriptors.key]: {
        protoDescriptors: Buffer.from(descriptors.descriptorBytes).toString('base64'),
        protoFile: descriptors.protoFile,
      },
    },
  };
}

/** Merge plugin entries into a pact's `metadata.plugins`, keeping other plugins and other descriptor keys. */
export function mergePluginEntries(existing: unknown, added: ProtobufPluginEntry[]): unknown[] {
  const out = (Array.isArray(existing) ? existing : []).map((p) => ({ ...(p as Record<string, unknown>) }));
  for (const entry of added) {
    const found = out.find((p) => p.name === entry.name);
    if (found) found.configuration = { ...(found.configuration as Record<string, unknown>), ...entry.configuration };
    else out.push({ ...entry, configuration: { ...entry.configuration } });
  }
  return out;
}
