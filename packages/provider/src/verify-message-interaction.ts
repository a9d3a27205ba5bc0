import { matchMessageContents, parseBody, type AsynchronousMessageInteraction, type Body, type Message, type MatchResult, type SynchronousMessageInteraction } from '@treaty/core';
import type { VerificationContext } from './context';
import { hasMetadata } from './provider-with-metadata';

function contentsOf(content: unknown, contentType: string): Body | undefined {
  if (content === undefined) return undefined;
  if (content instanceof Uint8Array) return parseBody(content, contentType);
  if (typeof content === 'string') return /json/i.test(contentType) ? parseBody(content, contentType) : { content, contentType };
  return { content, contentType };
}

function actualMessage(produced: unknown, expected: Message): Message {
  const { message, metadata } = hasMetadata(produced) ? { message: produced.message, metadata: produced.__pactMessageMetadata } : { message: produced, metadata: {} };
  const declared = metadata.contentType ?? metadata['content-type'] ?? metadata['Content-Type'];
  const contentType = typeof declared === 'string' ? declared : (expected.contents?.contentType ?? (typeof message === 'string' ? 'text/plain' : 'application/json'));
  const contents = contentsOf(message, contentType);
  return { ...(contents ? { contents } : {}), metadata };
}

/**
 * Produce a message with the interaction's message provider and compare it with the expected contents and metadata.
 * @throws Error when no message provider is registered for the description, or the provider throws
 */
export async function verifyMessageInteraction(
  ctx: VerificationContext,
  interaction: AsynchronousMessageInteraction | SynchronousMessageInteraction,
): Promise<MatchResult> {
  const provider = ctx.options.messageProviders?.[interaction.description];
  if (!provider) {
    const known = Object.keys(ctx.options.messageProviders ?? {});
    throw new Error(`No message provider for "${interaction.description}" (known: ${known.length > 0 ? known.map((k) => `"${k}"`).join(', ') : 'none'}). Add it to messageProviders`);
  }
  const expected: Message = interaction.type === 'Synchronous/Messages' ? (interaction.response[0] ?? {}) : interaction;
  const produced = await provider({
    description: interaction.description,
    providerStates: interaction.providerStates,
    ...(interaction.type === 'Synchronous/Messages' ? { request: interaction.request.contents?.content } : { metadata: interaction.metadata }),
  });
  return matchMessageContents(expected, actualMessage(produced, expected));
}
