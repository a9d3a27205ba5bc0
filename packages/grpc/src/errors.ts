import { defineErrors } from '@treaty/core';

/** The error catalogue of @treaty/grpc. */
export const grpcErrors = defineErrors({
  TREATY_GRPC_INVALID_PROTO: 'Failed to read proto file %s: %s. Fix the .proto file.',
  TREATY_GRPC_INVALID_DESCRIPTORS:
    'Failed to load the protobuf descriptors of interaction "%s": %s. Regenerate the pact with the consumer tests.',
  TREATY_GRPC_UNKNOWN_METHOD:
    'Failed to find gRPC method %s for interaction "%s": %s. Check the Service/method name against the .proto file.',
  TREATY_GRPC_UNKNOWN_MESSAGE:
    'Failed to find message type %s for interaction "%s": %s. Check the message name against the .proto file.',
  TREATY_GRPC_INVALID_INTERACTION:
    'Failed to read gRPC interaction "%s": %s. Regenerate the pact with the consumer tests.',
  TREATY_GRPC_DECODE_FAILED:
    'Failed to decode the %s of interaction "%s" as %s: %s. Check that the provider answers with that message type.',
  TREATY_GRPC_ENCODE_FAILED:
    'Failed to encode the %s of interaction "%s" as %s: %s. Check the field names and values against the .proto file.',
  TREATY_GRPC_INVALID_PLUGIN_CONTENTS: 'Failed to read the plugin contents of interaction "%s": %s. %s.',
  TREATY_GRPC_UNSUPPORTED_PLUGIN: 'Failed to use %s: %s. Use the protobuf plugin (built in) or %s.',
  TREATY_GRPC_MOCK_MISMATCH:
    'Failed to match the gRPC calls with the pact: %s (report below). Fix the client or the expectations in the test.',
});
