import {
  matchMessageContents,
  parseBody,
  type AsynchronousMessageInteraction,
  type Body,
  type Message,
  type MatchResult,
  type SynchronousMessageInteraction,
} from '@treaty/core';
import type { VerificationContext } from './context';
import { hasMetadata } from './provider-with-metadata';

function contentsOf(content: unknown, contentType: string): Body | undefined {
  if (content === undefined) return undefined;
  if (content instanceof Uint8Array) return parseBody(content, contentType);
  if (typeof content === 'string')
    return /json/i.test(contentType) ? parseBody(content, contentType) : { content, contentType };
  return { content, contentType };
}

function actualMessage(produced: unknown, expected: Message): Message {
  const { message, metadata } = hasMetadata(produced)
    ? { message: produced.message, metadata: produced.__pactMessageMetadata }
    : { message: produced, metadata: {} };
  const declared = metadata.contentType ?? metadata['content-type'] ?? metadata['Content-Type'];
  const contentType =
    typeof declared === 'string'
      ? declared
      : (expected.contents?.contentType ?? (typeof message === 'string' ? 'text/plain' : 'application/json'));
  const contents = contentsOf(message, contentType);
  // pact-js hands a produced message over with its content type (its proxy's Content-Type header), so a
  // pact's `metadata.contentType` is satisfied by a provider that never names one.
  const withType = typeof declared === 'string' || contents === undefined ? metadata : { ...metadata, contentType };
  return { ...(contents ? { contents } : {}), metadata: withType };
}

/** The message expected by an asynchronous or synchronous message interaction. */
export function expectedMessage(interaction: AsynchronousMessageInteraction | SynchronousMessageInteraction): Message {
  return interaction.type === 'Synchronous/Messages' ? (interaction.response[0] ?? {}) : interaction;
}

/**
 * Produce a message with the interaction's message provider.
 * @throws Error when no message provider is registered for the description, or the provider throws
 */
export async function produceMessage(
  ctx: VerificationContext,
  interaction: AsynchronousMessageInteraction | SynchronousMessageInteraction,
): Promise<Message> {
  const provider = ctx.options.messageProviders?.[interaction.description];
  if (!provider) {
    const known = Object.keys(ctx.options.messageProviders ?? {});
    throw new Error(
      `No message provider for "${interaction.description}" ` +
        `(known: ${known.length > 0 ? known.map((k) => `"${k}"`).join(', ') : 'none'}). Add it to ` +
        `messageProviders`,
    );
  }
  const produced = await provider({
    description: interaction.description,
    providerStates: interaction.providerStates,
    ...(interaction.type === 'Synchronous/Messages'
      ? { request: interaction.request.contents?.content }
      : { metadata: interaction.metadata }),
  });
  return actualMessage(produced, expectedMessage(interaction));
}

/** Compare a produced message with the expected contents and metadata. */
export function judgeMessage(
  interaction: AsynchronousMessageInteraction | SynchronousMessageInteraction,
  actual: Message,
): MatchResult {
  return matchMessageContents(expectedMessage(interaction), actual);
}
