import type { MessageProvider, MessageWithMetadata } from './types';

/** True when a message provider's result carries metadata. */
export function hasMetadata(value: unknown): value is MessageWithMetadata {
  return value !== null && typeof value === 'object' && '__pactMessageMetadata' in value;
}

/**
 * Wrap a message provider so that its message carries metadata (as pact-js's `providerWithMetadata`).
 * @example messageProviders: { 'an order-created event': providerWithMetadata(() => order, { topic: 'orders' }) }
 */
export function providerWithMetadata(provider: MessageProvider, metadata: Record<string, unknown>): MessageProvider {
  return async (descriptor) => {
    const message = await provider(descriptor);
    return hasMetadata(message)
      ? { ...message, __pactMessageMetadata: { ...message.__pactMessageMetadata, ...metadata } }
      : { __pactMessageMetadata: metadata, message };
  };
}
