import type { AsynchronousMessageInteraction, WritableSpecVersion } from '@treaty/core';
import { consumerErrors } from '../errors';
import { recordInteractions, type PactTarget } from '../pact-file/pact-registry';
import { preparePactWriting } from './prepare-test-file';
import { addState, metaFields, newMeta, type InteractionMeta } from './interaction-meta';
import {
  addMetadata,
  finishMessage,
  messageForHandler,
  newMessageDraft,
  setJsonContents,
  setRawContents,
  type MessageDraft,
} from './message-draft';
import { targetOf } from './pact-options';
import type { Metadata } from './message-builder';

/** Options of {@link MessageConsumerPact} (pact-js `MessageConsumerOptions`). */
export interface MessageConsumerOptions {
  consumer: string;
  provider: string;
  dir?: string;
  log?: string;
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  /** 2, 3 (default) or 4. */
  spec?: number;
  pactfileWriteMode?: 'overwrite' | 'update' | 'merge';
}

/** A provider state given as an object. */
export interface MessageProviderState {
  name: string;
  params?: Record<string, unknown>;
}

/** A message as a message handler receives it. */
export interface ConcreteMessage {
  description?: string;
  providerStates?: MessageProviderState[];
  metadata?: Metadata;
  contents: unknown;
}

/** A consumer's message handler. */
export type MessageConsumer = (m: ConcreteMessage) => Promise<unknown>;

const MESSAGE_SPECS: Record<number, WritableSpecVersion> = { 2: 'V2', 3: 'V3', 4: 'V4' };

/**
 * Consumer tests for asynchronous messages (pact-js `MessageConsumerPact`): describe the message,
 * then `verify` hands it to your handler and records it when the handler succeeds.
 * @example
 * await new MessageConsumerPact({ consumer: 'web', provider: 'api' }).expectsToReceive('order created')
 *   .withContent({ id: integer(1) }).withMetadata({ topic: 'orders' }).verify(asynchronousBodyHandler(handle));
 * @throws TREATY_CONSUMER_INVALID_OPTION for a missing consumer/provider or an unknown spec.
 */
export class MessageConsumerPact {
  private readonly target: PactTarget;
  private meta: InteractionMeta = newMeta();
  private draft: MessageDraft = newMessageDraft();

  /** Check the options. */
  constructor(private readonly config: MessageConsumerOptions) {
    const specVersion = config.spec === undefined ? 'V3' : MESSAGE_SPECS[config.spec];
    if (!specVersion)
      throw consumerErrors.TREATY_CONSUMER_INVALID_OPTION([
        'spec',
        `${config.spec} is not a specification version`,
        '2, 3, 4',
      ]);
    this.target = {
      ...targetOf({ consumer: config.consumer, provider: config.provider, dir: config.dir }, specVersion),
      specVersion,
      writeMode: config.pactfileWriteMode,
    };
    preparePactWriting();
  }

  /** Add a provider state (a name, or `{ name, params }`). */
  given(state: string | MessageProviderState): this {
    if (typeof state === 'string') addState(this.meta, state);
    else addState(this.meta, state.name, state.params);
    return this;
  }

  /** Describe the message. */
  expectsToReceive(description: string): this {
    if (!description)
      throw consumerErrors.TREATY_CONSUMER_MESSAGE(['(no description)', 'you must provide a description']);
    this.meta.description = description;
    return this;
  }

  /**
   * Set JSON contents from a template (matchers allowed); the metadata gets `contentType: application/json`, as pact-js
   * writes.
   * @throws TREATY_CONSUMER_MESSAGE when the contents are empty.
   */
  withContent(content: unknown): this {
    setJsonContents(this.draft, content, this.meta.description);
    return this.noteContentType('application/json');
  }

  /** Set text contents (the metadata gets their content type). */
  withTextContent(content: string, contentType: string): this {
    setRawContents(this.draft, contentType, content);
    return this.noteContentType(contentType);
  }

  /** Set binary contents (the metadata gets their content type). */
  withBinaryContent(content: Buffer, contentType: string): this {
    setRawContents(this.draft, contentType, content);
    return this.noteContentType(contentType);
  }

  // V3 message pacts carry the content type in the metadata only.
  private noteContentType(contentType: string): this {
    (this.draft.metadata ??= {}).contentType ??= contentType;
    return this;
  }

  /** Add metadata (values may be matchers). */
  withMetadata(metadata: Metadata): this {
    addMetadata(this.draft, metadata, this.meta.description);
    return this;
  }

  /**
   * The message defined so far, as the handler will see it (pact-js's `json()`).
   * @example new MessageConsumerPact(opts).expectsToReceive('order created').withContent({ id: 1 }).json().contents //
   *   { id: 1 }
   */
  json(): ConcreteMessage {
    const interaction: AsynchronousMessageInteraction = {
      type: 'Asynchronous/Messages',
      ...metaFields(this.meta),
      ...finishMessage(this.draft),
    };
    return handlerView(interaction);
  }

  /** Hand the example message to the handler; record it when the handler resolves. */
  async verify(handler: MessageConsumer): Promise<void> {
    const interaction: AsynchronousMessageInteraction = {
      type: 'Asynchronous/Messages',
      ...metaFields(this.meta),
      ...finishMessage(this.draft),
    };
    this.meta = newMeta();
    this.draft = newMessageDraft();
    if (!interaction.description)
      throw consumerErrors.TREATY_CONSUMER_MESSAGE(['(no description)', 'call expectsToReceive before verify']);
    await handler(handlerView(interaction));
    recordInteractions(this.target, [interaction]);
  }
}

// The message as pact-js hands it to a handler: generators applied, metadata with the content type.
function handlerView(interaction: AsynchronousMessageInteraction): ConcreteMessage {
  const { content, metadata } = messageForHandler(interaction);
  return {
    description: interaction.description,
    providerStates: interaction.providerStates,
    contents: content,
    metadata,
  };
}

/**
 * Adapt a synchronous function of the message body into a {@link MessageConsumer}.
 * @example verify(synchronousBodyHandler((body) => handleOrder(body)))
 */
export function synchronousBodyHandler<R, B = unknown>(handler: (body: B) => R): MessageConsumer {
  return async (m) => handler(m.contents as B);
}

/**
 * Adapt an async function of the message body into a {@link MessageConsumer}.
 * @example verify(asynchronousBodyHandler(async (body) => handleOrder(body)))
 */
export function asynchronousBodyHandler<R, B = unknown>(handler: (body: B) => Promise<R>): MessageConsumer {
  return (m) => handler(m.contents as B);
}
