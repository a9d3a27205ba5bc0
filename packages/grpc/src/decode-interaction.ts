import type { Interaction, Message, Pact } from '@treaty/core';
import { decodeMessage } from './codec';
import { messageOf } from './descriptors';
import { grpcErrors } from './errors';
import { contentBytes, isGrpcInteraction, resolveGrpcInteraction } from './grpc-pact';
import { isProtobufMessage, protobufMessageType } from './protobuf-message';

/** A protobuf interaction's messages, decoded for people (a UI, a report). */
export interface DecodedInteraction {
  /** `package.Service/method` for gRPC, the message type for protobuf messages. */
  subject: string;
  request?: { type: string; value: Record<string, unknown> };
  responses: Array<{ type: string; value: Record<string, unknown> }>;
}

function decoded(
  type: { fullName: string; decode: unknown },
  message: Message | undefined,
): { type: string; value: Record<string, unknown> } {
  return {
    type: type.fullName.slice(1),
    value: decodeMessage(type as Parameters<typeof decodeMessage>[0], contentBytes(message)),
  };
}

/**
 * Decode a gRPC or protobuf message interaction with the pact's descriptors, for showing it; undefined for other
 * interactions.
 * @example decodeInteraction(pact, pact.interactions[0])?.responses[0].value // { value: [12] }
 * @throws TreatyError (TREATY_GRPC_*) naming the interaction when its descriptors, method or contents are wrong
 */
export function decodeInteraction(pact: Pact, interaction: Interaction): DecodedInteraction | undefined {
  try {
    if (isGrpcInteraction(interaction)) {
      const { method } = resolveGrpcInteraction(pact, interaction);
      return {
        subject: method.path.slice(1),
        request: decoded(method.requestType, interaction.request),
        responses: interaction.response.map((r) => decoded(method.responseType, r)),
      };
    }
    if (isProtobufMessage(interaction)) {
      const type = protobufMessageType(pact, interaction);
      return { subject: type.fullName.slice(1), responses: [decoded(type, interaction)] };
    }
    return undefined;
  } catch (error) {
    if (error instanceof Error && 'code' in error) throw error;
    throw grpcErrors.TREATY_GRPC_DECODE_FAILED(
      ['contents', interaction.description, 'its protobuf type', messageOf(error)],
      { interaction: interaction.description },
      error,
    );
  }
}
