import { generateMessage, type GeneratorContext } from '@treaty/core';
import { decodeMessage, encodeMessage } from './codec';
import { messageOf } from './descriptors';
import { grpcErrors } from './errors';
import { contentBytes, type ResolvedGrpcInteraction } from './grpc-pact';

/**
 * The request bytes and metadata to send for an interaction, after its generators (`fromProviderState(...)` values
 * from the provider states, and the rest): decoded with the pact's descriptors, generated, encoded again.
 * @throws TreatyError TREATY_GRPC_ENCODE_FAILED naming the interaction when a generated value does not fit its field
 */
export function generateGrpcRequest(
  resolved: ResolvedGrpcInteraction,
  context: GeneratorContext,
): { bytes: Uint8Array; metadata: Record<string, unknown> | undefined } {
  const { request, description } = resolved.interaction;
  const bytes = contentBytes(request);
  if (!request.generators) return { bytes, metadata: request.metadata };
  const type = resolved.method.requestType;
  const decoded = { contents: { content: decodeMessage(type, bytes), contentType: 'application/json' } };
  const generated = generateMessage(
    { ...decoded, metadata: request.metadata, generators: request.generators },
    context,
  );
  try {
    return {
      bytes: encodeMessage(type, generated.contents?.content as Record<string, unknown>),
      metadata: generated.metadata,
    };
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_ENCODE_FAILED(
      ['generated request', description, type.fullName.slice(1), messageOf(error)],
      {
        interaction: description,
      },
    );
  }
}
