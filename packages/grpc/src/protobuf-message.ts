import type * as protobuf from 'protobufjs';
import type { AsynchronousMessageInteraction, Interaction, MatchResult, Message, Pact } from '@treaty/core';
import { interactionDescriptors } from './grpc-pact';
import { grpcErrors } from './errors';
import { messageOf } from './descriptors';
import { matchGrpcMessage } from './match-grpc';

/**
 * The message type an interaction's protobuf contents have (`pluginConfiguration.protobuf.message`, or the content
 * type).
 */
function messageTypeName(interaction: Interaction, message: Message | undefined): string | undefined {
  const configured = (interaction.pluginConfiguration?.protobuf as { message?: unknown } | undefined)?.message;
  if (typeof configured === 'string') return configured;
  return /message=([\w.]+)/.exec(message?.contents?.contentType ?? '')?.[1];
}

/**
 * True for an asynchronous message whose contents are protobuf described by the plugin's descriptors.
 * @example pact.interactions.filter(isProtobufMessage)
 */
export function isProtobufMessage(interaction: Interaction): interaction is AsynchronousMessageInteraction {
  return (
    interaction.type === 'Asynchronous/Messages' &&
    /protobuf/i.test(interaction.contents?.contentType ?? '') &&
    interaction.pluginConfiguration?.protobuf !== undefined
  );
}

/**
 * Find a protobuf message's type in the pact's descriptors.
 * @throws TreatyError TREATY_GRPC_UNKNOWN_MESSAGE (or TREATY_GRPC_INVALID_DESCRIPTORS) naming the interaction
 */
export function protobufMessageType(pact: Pact, interaction: AsynchronousMessageInteraction): protobuf.Type {
  const { root } = interactionDescriptors(pact, interaction);
  const name = messageTypeName(interaction, interaction);
  try {
    if (!name) throw new Error('neither pluginConfiguration.protobuf.message nor the content type names it');
    return root.lookupType(name);
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_UNKNOWN_MESSAGE([name ?? '(none)', interaction.description, messageOf(error)], {
      interaction: interaction.description,
    });
  }
}

/**
 * Match the bytes a message provider produced against a protobuf message interaction, decoded with the pact's
 * descriptors and matched with its rules.
 * @throws TreatyError (TREATY_GRPC_*) naming the interaction when its descriptors or type are wrong
 */
export function matchProtobufMessage(
  pact: Pact,
  interaction: AsynchronousMessageInteraction,
  actual: Uint8Array,
): MatchResult {
  const type = protobufMessageType(pact, interaction);
  return matchGrpcMessage({
    expected: interaction,
    type,
    actual,
    part: 'message',
    interaction: interaction.description,
  });
}
