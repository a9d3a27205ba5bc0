/**
 * @treaty/grpc: gRPC and Protocol Buffers contracts in process, reading and writing the pact files of the Pact
 * protobuf plugin: descriptors, codecs, interaction building, an in-process gRPC mock server and provider replay.
 */

// Descriptors and codecs
export { parseProto, loadProtoFile, loadDescriptors, descriptorKey } from './descriptors';
export type { ProtoDescriptors, LoadProtoOptions } from './descriptors';
export { decodeMessage, encodeMessage } from './codec';

// Pacts
export {
  isGrpcInteraction,
  resolveGrpcInteraction,
  interactionDescriptors,
  findMethod,
  listMethods,
} from './grpc-pact';
export type { GrpcMethod, ResolvedGrpcInteraction } from './grpc-pact';
export { buildGrpcInteraction, pluginEntry, mergePluginEntries, PROTOBUF_PLUGIN } from './grpc-interaction';
export type { GrpcInteractionSpec, ProtobufPluginEntry } from './grpc-interaction';
export { buildMessage } from './build-message';
export type { BuiltMessage } from './build-message';

// Protobuf messages (not gRPC): message pacts with protobuf contents
export { isProtobufMessage, protobufMessageType, matchProtobufMessage } from './protobuf-message';

// TypeScript types of a .proto's messages, for grpcInteraction<Request, Response>
export { protoToTypeScript } from './typescript-types';

// Showing interactions (UI, reports)
export { decodeInteraction } from './decode-interaction';
export type { DecodedInteraction } from './decode-interaction';

// Matching
export { matchGrpcMessage, callMetadata } from './match-grpc';
export type { GrpcMatchInput } from './match-grpc';
export { GRPC_STATUS, statusName, expectedStatus } from './grpc-status';

// Consumer side: Treaty's own API
export { grpcInteraction, GrpcPact } from './native-api';
export type { GrpcInteractionOptions, FieldExpressions } from './native-api';
export { runGrpcTest, writeGrpcPact, grpcPactOf } from './grpc-pact-test';
export type { BuiltGrpcInteraction, GrpcPactTarget } from './grpc-pact-test';

// Consumer side: pact-js's plugin contents
export { grpcInteractionFromPluginContents, protobufMessageFromPluginContents } from './plugin-contents';

// Consumer side: the mock server
export { startGrpcMockServer } from './mock-server';
export type { GrpcMockServer, GrpcMockServerOptions } from './mock-server';
export type { MockMismatch } from './mock-handlers';

// Provider side: replay
export { GrpcProviderClient, judgeGrpcCall } from './replay';
export type { GrpcProviderOptions, GrpcReplayResult } from './replay';
export type { GrpcCallResult } from './call-provider';

// Errors
export { grpcErrors } from './errors';
