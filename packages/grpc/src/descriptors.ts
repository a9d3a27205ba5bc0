import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import * as protobuf from 'protobufjs';
import * as descriptor from 'protobufjs/ext/descriptor';
import { grpcErrors } from './errors';
import { restoreMapFields } from './map-fields';
import { nameFilesAndDependencies } from './file-names';
import { qualifyTypeNames } from './qualify-names';

/** Descriptors of one `.proto` file as the protobuf plugin stores them in a pact. */
export interface ProtoDescriptors {
  /**
   * The md5 (hex) of `descriptorBytes`: the key under the plugin's configuration and each interaction's
   * `descriptorKey`.
   */
  key: string;
  /** An encoded `google.protobuf.FileDescriptorSet`. */
  descriptorBytes: Uint8Array;
  /** The `.proto` text. */
  protoFile: string;
  /** The types, resolved. */
  root: protobuf.Root;
}

type RootWithDescriptors = typeof protobuf.Root & {
  fromDescriptor(set: protobuf.Message | Uint8Array): protobuf.Root;
};
type RootToDescriptor = protobuf.Root & { toDescriptor(syntax: string): protobuf.Message };

/** The md5 hex digest the plugin keys descriptors by. */
export function descriptorKey(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex');
}

/**
 * Parse `.proto` text into descriptors as the protobuf plugin would store them.
 * @example const d = parseProto(readFileSync('area.proto', 'utf8'), 'area.proto');
 * @throws TreatyError TREATY_GRPC_INVALID_PROTO when the text does not parse
 */
export function parseProto(protoFile: string, fileName = 'contract.proto'): ProtoDescriptors {
  try {
    const { root } = protobuf.parse(protoFile, { keepCase: true });
    root.resolveAll();
    const set = (root as RootToDescriptor).toDescriptor('proto3') as protobuf.Message & {
      file: Array<{ name: string }>;
    };
    for (const file of set.file) file.name = fileName;
    qualifyTypeNames(set as unknown as Parameters<typeof qualifyTypeNames>[0], root);
    const descriptorBytes = descriptor.FileDescriptorSet.encode(set).finish();
    return { key: descriptorKey(descriptorBytes), descriptorBytes, protoFile, root };
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_INVALID_PROTO([fileName, messageOf(error)], { source: fileName }, error);
  }
}

/** Options of {@link loadProtoFile}. */
export interface LoadProtoOptions {
  /** Directories imports are looked up in after the file's own (protoc's `-I`, the plugin's `additionalIncludes`). */
  includes?: string[];
}

function importResolver(includes: string[]): (origin: string, target: string) => string {
  return (origin, target) => {
    if (isAbsolute(target)) return target;
    for (const dir of [dirname(origin), ...includes]) {
      const candidate = join(dir, target);
      if (existsSync(candidate)) return candidate;
    }
    return join(dirname(origin), target);
  };
}

/**
 * Load a `.proto` file (and the files it imports, from its own directory and `includes`) into descriptors.
 * @example const d = loadProtoFile('proto/area_calculator.proto', { includes: ['proto/shared'] });
 * @throws TreatyError TREATY_GRPC_INVALID_PROTO when a file cannot be read or parsed
 */
export function loadProtoFile(file: string, options: LoadProtoOptions = {}): ProtoDescriptors {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_INVALID_PROTO([file, messageOf(error)], { source: file }, error);
  }
  if (!/^\s*import\s/m.test(text)) return parseProto(text, basename(file));
  const includes = [dirname(resolve(file)), ...(options.includes ?? []).map((dir) => resolve(dir))];
  try {
    const root = new protobuf.Root();
    root.resolvePath = importResolver(includes);
    root.loadSync(resolve(file), { keepCase: true });
    root.resolveAll();
    const set = (root as RootToDescriptor).toDescriptor('proto3');
    qualifyTypeNames(set as unknown as Parameters<typeof qualifyTypeNames>[0], root);
    nameFilesAndDependencies(set as unknown as Parameters<typeof nameFilesAndDependencies>[0], root, includes);
    const descriptorBytes = descriptor.FileDescriptorSet.encode(set).finish();
    return { key: descriptorKey(descriptorBytes), descriptorBytes, protoFile: text, root };
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_INVALID_PROTO([file, messageOf(error)], { source: file }, error);
  }
}

/**
 * Load descriptors from an encoded `FileDescriptorSet` (base64 or bytes), as a pact stores them.
 * @throws TreatyError TREATY_GRPC_INVALID_DESCRIPTORS naming the interaction when they do not decode
 */
export function loadDescriptors(encoded: string | Uint8Array, interaction: string, protoFile = ''): ProtoDescriptors {
  try {
    const descriptorBytes = typeof encoded === 'string' ? Buffer.from(encoded, 'base64') : encoded;
    const set = descriptor.FileDescriptorSet.decode(descriptorBytes);
    const root = (protobuf.Root as RootWithDescriptors).fromDescriptor(set);
    restoreMapFields(set as unknown as Parameters<typeof restoreMapFields>[0], root);
    root.resolveAll();
    return { key: descriptorKey(descriptorBytes), descriptorBytes, protoFile, root };
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_INVALID_DESCRIPTORS([interaction, messageOf(error)], { interaction }, error);
  }
}

/** The text of an error, for messages. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
