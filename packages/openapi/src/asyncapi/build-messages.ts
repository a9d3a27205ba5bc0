import type { DocumentSet } from '../collect-documents';
import { appendPointer, pointer } from '../json-pointer';
import { follow, type Located } from '../resolve-ref';
import type { SchemaLocation } from '../types';
import type { AsyncApiMessage, AsyncApiOperation } from './types';

type Json = Record<string, unknown>;

/**
 * Schema formats that are JSON Schema (AsyncAPI's own, JSON Schema, OpenAPI's): Avro or RAML payloads are not checked.
 */
function isJsonSchemaFormat(format: unknown): boolean {
  return format === undefined || (typeof format === 'string' && /asyncapi|schema\+json|openapi/i.test(format));
}

/** A payload or headers schema; 3.x may wrap it as `{ schemaFormat, schema }`, 2.x names the format on the message. */
function schemaAt(message: Located, key: 'payload' | 'headers'): SchemaLocation | undefined {
  const value = message.value[key] as Json | undefined;
  if (value === undefined || value === null || typeof value !== 'object') return undefined;
  const wrapped = typeof value.schemaFormat === 'string' && value.schema !== undefined;
  if (!isJsonSchemaFormat(wrapped ? value.schemaFormat : key === 'payload' ? message.value.schemaFormat : undefined))
    return undefined;
  return {
    uri: message.uri,
    pointer: wrapped ? appendPointer(message.pointer, key, 'schema') : appendPointer(message.pointer, key),
  };
}

function message(
  docs: DocumentSet,
  base: Located,
  raw: unknown,
  name: string,
  fallbackType: string | undefined,
): AsyncApiMessage | undefined {
  const found = follow(docs, base.uri, base.pointer, raw);
  if (!found) return undefined;
  const ref = (raw as { $ref?: unknown } | null)?.$ref;
  const refName = typeof ref === 'string' ? ref.split('/').pop() : undefined;
  const id =
    typeof found.value.messageId === 'string'
      ? found.value.messageId
      : typeof found.value.name === 'string'
        ? found.value.name
        : (refName ?? name);
  const contentType = typeof found.value.contentType === 'string' ? found.value.contentType : fallbackType;
  return {
    name: id,
    payload: schemaAt(found, 'payload'),
    headers: schemaAt(found, 'headers'),
    contentType,
    location: found.pointer,
  };
}

function messageList(
  docs: DocumentSet,
  owner: Located,
  key: string,
  fallbackType: string | undefined,
): AsyncApiMessage[] {
  const raw = owner.value[key];
  const at = appendPointer(owner.pointer, key);
  const entries: Array<[string, unknown]> = Array.isArray(raw)
    ? raw.map((m, i) => [String(i), m])
    : raw && typeof raw === 'object'
      ? Object.entries(raw as Json)
      : [];
  return entries
    .map(([name, m]) =>
      message(docs, { value: {}, uri: owner.uri, pointer: appendPointer(at, name) }, m, name, fallbackType),
    )
    .filter((m): m is AsyncApiMessage => m !== undefined);
}

/** 3.x: `operations` with their channel, messages (else the channel's) and reply messages. */
function operations3(docs: DocumentSet, uri: string, doc: Json, fallbackType: string | undefined): AsyncApiOperation[] {
  const out: AsyncApiOperation[] = [];
  for (const [id, raw] of Object.entries((doc.operations as Json | undefined) ?? {})) {
    const op = follow(docs, uri, pointer('operations', id), raw);
    if (!op) continue;
    const channel = follow(docs, op.uri, appendPointer(op.pointer, 'channel'), op.value.channel);
    const channelName = channel?.pointer.split('/').pop() ?? '';
    const own = Array.isArray(op.value.messages) ? messageList(docs, op, 'messages', fallbackType) : undefined;
    const replyNode =
      op.value.reply === undefined
        ? undefined
        : follow(docs, op.uri, appendPointer(op.pointer, 'reply'), op.value.reply);
    out.push({
      id,
      action: String(op.value.action ?? ''),
      channel: channelName,
      address: typeof channel?.value.address === 'string' ? channel.value.address : undefined,
      messages: own ?? (channel ? messageList(docs, channel, 'messages', fallbackType) : []),
      reply: replyNode ? messageList(docs, replyNode, 'messages', fallbackType) : undefined,
      location: pointer('operations', id),
    });
  }
  return out;
}

/** 2.x: each channel's `publish` and `subscribe`, with `message` or its `oneOf` list. */
function operations2(docs: DocumentSet, uri: string, doc: Json, fallbackType: string | undefined): AsyncApiOperation[] {
  const out: AsyncApiOperation[] = [];
  for (const [name, raw] of Object.entries((doc.channels as Json | undefined) ?? {})) {
    const channel = follow(docs, uri, pointer('channels', name), raw);
    if (!channel) continue;
    for (const action of ['publish', 'subscribe']) {
      const op = channel.value[action] as Json | undefined;
      if (!op || typeof op !== 'object') continue;
      const at: Located = { value: op, uri: channel.uri, pointer: appendPointer(channel.pointer, action) };
      const msg = follow(docs, at.uri, appendPointer(at.pointer, 'message'), op.message);
      const messages =
        msg && Array.isArray(msg.value.oneOf)
          ? messageList(docs, msg, 'oneOf', fallbackType)
          : msg
            ? [
                message(
                  docs,
                  { value: {}, uri: at.uri, pointer: appendPointer(at.pointer, 'message') },
                  op.message,
                  name,
                  fallbackType,
                ),
              ]
            : [];
      const id = typeof op.operationId === 'string' ? op.operationId : `${action}:${name}`;
      out.push({
        id,
        action,
        channel: name,
        address: name,
        messages: messages.filter((m): m is AsyncApiMessage => !!m),
        location: at.pointer,
      });
    }
  }
  return out;
}

/** Every operation of an AsyncAPI 2.x or 3.x document. */
export function buildAsyncOperations(docs: DocumentSet, uri: string, version: string): AsyncApiOperation[] {
  const doc = docs.get(uri) as Json;
  const fallbackType = typeof doc.defaultContentType === 'string' ? doc.defaultContentType : undefined;
  return version.startsWith('2.')
    ? operations2(docs, uri, doc, fallbackType)
    : operations3(docs, uri, doc, fallbackType);
}
