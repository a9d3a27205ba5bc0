import type * as protobuf from 'protobufjs';
import type { Interaction, Message, Pact, SynchronousMessageInteraction } from '@treaty/core';
import { loadDescriptors, type ProtoDescriptors } from './descriptors';
import { grpcErrors } from './errors';

/** A gRPC method resolved from the pact's descriptors. */
export interface GrpcMethod {
  /** The HTTP/2 path: `/area_calculator.Calculator/calculateOne`. */
  path: string;
  requestType: protobuf.Type;
  responseType: protobuf.Type;
  requestStream: boolean;
  responseStream: boolean;
}

/** A gRPC interaction with what is needed to encode, decode and match its messages. */
export interface ResolvedGrpcInteraction {
  interaction: SynchronousMessageInteraction;
  method: GrpcMethod;
  descriptors: ProtoDescriptors;
}

interface ProtobufConfig {
  descriptorKey?: unknown;
  service?: unknown;
}

/**
 * True for a V4 synchronous message interaction sent over gRPC (`transport: "grpc"`, or protobuf plugin data naming a
 * service).
 * @example pact.interactions.filter(isGrpcInteraction)
 */
export function isGrpcInteraction(interaction: Interaction): interaction is SynchronousMessageInteraction {
  if (interaction.type !== 'Synchronous/Messages') return false;
  const config = interaction.pluginConfiguration?.protobuf as ProtobufConfig | undefined;
  return interaction.transport === 'grpc' || typeof config?.service === 'string';
}

function pluginEntry(pact: Pact, key: string): { protoDescriptors?: unknown; protoFile?: unknown } | undefined {
  const plugins = Array.isArray(pact.metadata.plugins) ? pact.metadata.plugins : [];
  for (const plugin of plugins as Array<{ name?: unknown; configuration?: Record<string, unknown> }>) {
    const entry = plugin?.name === 'protobuf' ? plugin.configuration?.[key] : undefined;
    if (entry && typeof entry === 'object') return entry as { protoDescriptors?: unknown; protoFile?: unknown };
  }
  return undefined;
}

/**
 * Load the descriptors an interaction names (`pluginConfiguration.protobuf.descriptorKey`) from the pact's
 * `metadata.plugins`. Loaded descriptors are cached per pact object.
 * @throws TreatyError TREATY_GRPC_INVALID_INTERACTION or TREATY_GRPC_INVALID_DESCRIPTORS naming the interaction
 */
export function interactionDescriptors(pact: Pact, interaction: Interaction): ProtoDescriptors {
  const config = interaction.pluginConfiguration?.protobuf as ProtobufConfig | undefined;
  const key = config?.descriptorKey;
  if (typeof key !== 'string') {
    throw grpcErrors.TREATY_GRPC_INVALID_INTERACTION(
      [interaction.description, 'it has no pluginConfiguration.protobuf.descriptorKey'],
      { interaction: interaction.description },
    );
  }
  let cache = descriptorCache.get(pact);
  if (!cache) descriptorCache.set(pact, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const entry = pluginEntry(pact, key);
  if (typeof entry?.protoDescriptors !== 'string') {
    throw grpcErrors.TREATY_GRPC_INVALID_DESCRIPTORS(
      [
        interaction.description,
        `metadata.plugins has no protobuf configuration with protoDescriptors under the key ${key}`,
      ],
      { interaction: interaction.description },
    );
  }
  const loaded = loadDescriptors(
    entry.protoDescriptors,
    interaction.description,
    typeof entry.protoFile === 'string' ? entry.protoFile : '',
  );
  cache.set(key, loaded);
  return loaded;
}

const descriptorCache = new WeakMap<Pact, Map<string, ProtoDescriptors>>();

/**
 * Find a `Service/method` (`Calculator/calculateOne`, `.area_calculator.Calculator/calculateOne`) in descriptors.
 * @throws TreatyError TREATY_GRPC_UNKNOWN_METHOD naming the interaction and the services that exist
 */
export function findMethod(root: protobuf.Root, serviceAndMethod: string, interaction: string): GrpcMethod {
  const slash = serviceAndMethod.lastIndexOf('/');
  const serviceName = serviceAndMethod.slice(0, slash).replace(/^\./, '');
  const methodName = serviceAndMethod.slice(slash + 1).split(':')[0];
  const service = slash > 0 ? lookupService(root, serviceName) : undefined;
  const method = service?.methods[methodName];
  if (!service || !method) {
    const known = listMethods(root);
    const why = !service
      ? `there is no service ${serviceName || '(none given)'}`
      : `service ${service.fullName.slice(1)} has no method ${methodName}`;
    throw grpcErrors.TREATY_GRPC_UNKNOWN_METHOD(
      [serviceAndMethod, interaction, `${why} (known: ${known.join(', ') || 'none'})`],
      { interaction },
    );
  }
  method.resolve();
  return {
    path: `/${service.fullName.slice(1)}/${method.name}`,
    requestType: method.resolvedRequestType as protobuf.Type,
    responseType: method.resolvedResponseType as protobuf.Type,
    requestStream: method.requestStream === true,
    responseStream: method.responseStream === true,
  };
}

function lookupService(root: protobuf.Root, name: string): protobuf.Service | undefined {
  try {
    return root.lookupService(name);
  } catch {
    return undefined;
  }
}

/** Every `package.Service/method` in the descriptors, for error messages. */
export function listMethods(root: protobuf.NamespaceBase): string[] {
  const out: string[] = [];
  for (const nested of root.nestedArray) {
    const asService = nested as protobuf.Service;
    if (asService.methods && typeof asService.methods === 'object' && 'methodsArray' in asService) {
      for (const m of asService.methodsArray) out.push(`${asService.fullName.slice(1)}/${m.name}`);
    } else if ('nestedArray' in nested) out.push(...listMethods(nested as protobuf.NamespaceBase));
  }
  return out;
}

/**
 * Resolve a gRPC interaction of a pact: its descriptors and its method.
 * @throws TreatyError (TREATY_GRPC_*) naming the interaction when the plugin data is missing or wrong
 */
export function resolveGrpcInteraction(
  pact: Pact,
  interaction: SynchronousMessageInteraction,
): ResolvedGrpcInteraction {
  const cached = resolvedCache.get(interaction);
  if (cached) return cached;
  const resolved = resolveUncached(pact, interaction);
  resolvedCache.set(interaction, resolved);
  return resolved;
}

const resolvedCache = new WeakMap<SynchronousMessageInteraction, ResolvedGrpcInteraction>();

function resolveUncached(pact: Pact, interaction: SynchronousMessageInteraction): ResolvedGrpcInteraction {
  const descriptors = interactionDescriptors(pact, interaction);
  const service = (interaction.pluginConfiguration?.protobuf as ProtobufConfig | undefined)?.service;
  if (typeof service !== 'string') {
    throw grpcErrors.TREATY_GRPC_INVALID_INTERACTION(
      [interaction.description, 'it has no pluginConfiguration.protobuf.service'],
      { interaction: interaction.description },
    );
  }
  return { interaction, method: findMethod(descriptors.root, service, interaction.description), descriptors };
}

/** The bytes of a message's contents (base64 in the pact). */
export function contentBytes(message: Message | undefined): Uint8Array {
  const content = message?.contents?.content;
  if (content === undefined || content === null || content === '') return new Uint8Array();
  if (typeof content !== 'string') throw new Error('its contents are not base64 protobuf');
  return Buffer.from(content, 'base64');
}

/** Every method of the descriptors, resolved. */
export function allMethods(root: protobuf.Root): GrpcMethod[] {
  return listMethods(root).map((name) => findMethod(root, name, '(none)'));
}
