import type { MessageDescriptor, MessageProviders, MessageWithMetadata } from '@treaty/provider';

function decodeMetadata(header: string | null): Record<string, unknown> {
  if (!header) return {};
  try {
    const parsed = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function produce(url: string, descriptor: MessageDescriptor, timeoutMs: number): Promise<MessageWithMetadata> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ description: descriptor.description, providerStates: descriptor.providerStates ?? [] }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status} for message "${descriptor.description}"`);
  const metadata = decodeMetadata(response.headers.get('pact-message-metadata'));
  const contentType = response.headers.get('content-type') ?? '';
  let message: unknown = text;
  if (/json/i.test(contentType)) message = text === '' ? undefined : JSON.parse(text);
  if (!metadata.contentType && contentType) metadata.contentType = contentType.split(';')[0];
  return { __pactMessageMetadata: metadata, message };
}

/**
 * Message providers that ask the provider over HTTP, as Pact's message proxies do: POST
 * `{ description, providerStates }` to `url`; the body is the message, its metadata is in the
 * `Pact-Message-Metadata` header (base64 JSON). Any description is answered.
 * @example verifyProvider({ messageProviders: httpMessageProviders('http://localhost:3000/_pact/messages', 5000) })
 */
export function httpMessageProviders(url: string, timeoutMs: number): MessageProviders {
  return new Proxy({} as MessageProviders, {
    get: (_target, key) =>
      typeof key === 'string' ? (descriptor: MessageDescriptor) => produce(url, descriptor, timeoutMs) : undefined,
    has: () => true,
  });
}
