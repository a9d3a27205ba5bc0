import { existsSync, readFileSync } from 'node:fs';
import type { Interaction, Pact, SynchronousMessageInteraction } from '@treaty/core';
import { pactFilePath, writePactFile } from '@treaty/consumer';
import { mergePluginEntries, type ProtobufPluginEntry } from './grpc-interaction';
import { startGrpcMockServer, type GrpcMockServer } from './mock-server';

/** A gRPC interaction with the plugin entry that carries its descriptors. */
export interface BuiltGrpcInteraction {
  interaction: SynchronousMessageInteraction;
  plugin: ProtobufPluginEntry;
}

/** Who the pact is between, and where it is written. */
export interface GrpcPactTarget {
  consumer: string;
  provider: string;
  /** Default `./pacts`. */
  dir?: string;
}

type InteractionJson = {
  description?: unknown;
  providerStates?: unknown;
  pluginConfiguration?: Record<string, unknown>;
};
type PactJson = { interactions?: InteractionJson[]; metadata?: { plugins?: unknown } };

function readJson(file: string): PactJson {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PactJson;
  } catch {
    return {}; // writePactFile reports a broken file with its own error.
  }
}

const identity = (i: { description?: unknown; providerStates?: unknown }) =>
  JSON.stringify([i.description, i.providerStates ?? []]);
const keyOf = (i: InteractionJson): unknown =>
  (i.pluginConfiguration?.protobuf as { descriptorKey?: unknown } | undefined)?.descriptorKey;

/**
 * The plugin entries the file keeps: existing and new descriptors, without the ones no interaction refers to any more
 * (an interaction rewritten after its .proto changed would otherwise leave its old descriptors behind).
 */
function pluginsAfterWrite(existing: PactJson, ours: Interaction[], added: ProtobufPluginEntry[]): unknown[] {
  const replaced = new Set(ours.map(identity));
  const used = new Set(
    [...(existing.interactions ?? []).filter((i) => !replaced.has(identity(i))), ...ours].map(keyOf),
  );
  return mergePluginEntries(existing.metadata?.plugins, added).map((plugin) => {
    const entry = plugin as { name?: unknown; configuration?: Record<string, unknown> };
    if (entry.name !== 'protobuf' || !entry.configuration) return plugin;
    return {
      ...entry,
      configuration: Object.fromEntries(Object.entries(entry.configuration).filter(([key]) => used.has(key))),
    };
  });
}

/**
 * Merge gRPC interactions into the pact file `<dir>/<consumer>-<provider>.json`, with the protobuf plugin's
 * descriptors under `metadata.plugins`, as the plugin writes them.
 * @throws TreatyError TREATY_CONSUMER_PACT_WRITE when the file cannot be written
 */
export function writeGrpcPact(
  target: GrpcPactTarget,
  built: Array<{ interaction: Interaction; plugin: ProtobufPluginEntry }>,
): string {
  const file = pactFilePath({ ...target, specVersion: 'V4' });
  const interactions = built.map((b) => b.interaction);
  const plugins = pluginsAfterWrite(
    readJson(file),
    interactions,
    built.map((b) => b.plugin),
  );
  writePactFile({
    file,
    consumer: target.consumer,
    provider: target.provider,
    specVersion: 'V4',
    interactions,
    metadata: { plugins },
  });
  return file;
}

/** A pact model of some gRPC interactions, for the mock server. */
export function grpcPactOf(target: GrpcPactTarget, built: BuiltGrpcInteraction[]): Pact {
  return {
    consumer: { name: target.consumer },
    provider: { name: target.provider },
    specVersion: 'V4',
    interactions: built.map((b) => b.interaction),
    metadata: {
      plugins: mergePluginEntries(
        [],
        built.map((b) => b.plugin),
      ),
    },
  };
}

/**
 * Run a test against an in-process gRPC mock server playing the interactions; when it passes and every
 * interaction was called as described, write them to the pact file.
 * @throws TreatyError TREATY_GRPC_MOCK_MISMATCH with a readable report when a call did not match or never came
 */
export async function runGrpcTest<T>(
  target: GrpcPactTarget,
  built: BuiltGrpcInteraction[],
  test: (mock: GrpcMockServer) => Promise<T>,
  server: { host?: string; port?: number } = {},
): Promise<T> {
  const mock = await startGrpcMockServer({ pact: grpcPactOf(target, built), ...server });
  let value: T;
  try {
    value = await test(mock);
    mock.verify();
  } finally {
    await mock.close();
  }
  writeGrpcPact(target, built);
  return value;
}
