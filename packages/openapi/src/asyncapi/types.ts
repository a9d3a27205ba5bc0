import type { SchemaLocation } from '../types';

/** One message an AsyncAPI document describes, with its `$ref`s followed. */
export interface AsyncApiMessage {
  /** Its name: the key under `messages`, its `messageId` (2.x), or its index. */
  name: string;
  payload?: SchemaLocation;
  headers?: SchemaLocation;
  /** `contentType`, else the document's `defaultContentType`. */
  contentType?: string;
  /** Where the message is, for reports (`#/channels/userEvents/messages/userCreated`). */
  location: string;
}

/** One operation: a 3.x `operations` entry, or a 2.x channel's `publish` / `subscribe`. */
export interface AsyncApiOperation {
  /** The operation id (3.x key or 2.x `operationId`; `publish:<channel>` when a 2.x operation has none). */
  id: string;
  action: string;
  /** The channel key, and its address (3.x) or name (2.x). */
  channel: string;
  address?: string;
  messages: AsyncApiMessage[];
  /** 3.x request/reply: the reply's messages (`undefined` when the operation has no `reply`). */
  reply?: AsyncApiMessage[];
  location: string;
}

/** A loaded AsyncAPI 2.x or 3.x document. */
export interface AsyncApiSpec {
  kind: 'asyncapi';
  /** The document's `asyncapi` version, e.g. `3.0.0`. */
  version: string;
  source: string;
  document: Record<string, unknown>;
  operations: AsyncApiOperation[];
  /** @internal Documents by URI and compiled validators. */
  readonly internal: unknown;
}
