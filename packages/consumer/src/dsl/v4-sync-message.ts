import type { Message, SynchronousMessageInteraction } from '@treaty/core';
import { consumerErrors } from '../errors';
import { metaFields, type InteractionMeta } from './interaction-meta';
import { MessageContentsBuilder, type Metadata } from './message-builder';
import { finishMessage, messageForHandler, newMessageDraft } from './message-draft';
import { recordInteractions } from '../pact-file/pact-registry';
import { MetaBuilder, type V4Context } from './v4-http-interaction';

/**
 * One message of a synchronous interaction as the test receives it: contents as a Buffer (as pact-js), generators
 * applied.
 */
export interface SynchronousMessagePart {
  content: Buffer;
  contentType?: string;
  metadata: Metadata;
}

/** A synchronous message as its test function receives it. */
export interface SynchronousMessage {
  Request: SynchronousMessagePart;
  Response: SynchronousMessagePart[];
}

/** pact-js's name for the builder of a synchronous message's request or response. */
export { MessageContentsBuilder as SynchronousMessagePartBuilder } from './message-builder';

function buildPart(description: string, builder: (b: MessageContentsBuilder) => void): Message {
  const draft = newMessageDraft();
  builder(new MessageContentsBuilder(draft, description, true));
  return finishMessage(draft);
}

/** A synchronous message interaction being defined (pact-js `UnconfiguredSynchronousMessage`). */
export class UnconfiguredSynchronousMessage extends MetaBuilder {
  /**
   * Bind to a pact.
   * @throws TREATY_CONSUMER_MESSAGE when the description is empty.
   */
  constructor(
    private readonly context: V4Context,
    description: string,
  ) {
    super();
    if (!description)
      throw consumerErrors.TREATY_CONSUMER_MESSAGE([
        '(no description)',
        'addSynchronousInteraction needs a description',
      ]);
    this.meta.description = description;
  }

  /** Build the request message. */
  withRequest(builder: (b: MessageContentsBuilder) => void): SynchronousMessageWithRequest {
    return new SynchronousMessageWithRequest(this.context, this.meta, buildPart(this.meta.description, builder));
  }
}

/** A synchronous message with its request. */
export class SynchronousMessageWithRequest {
  /** Hold the request. */
  constructor(
    private readonly context: V4Context,
    private readonly meta: InteractionMeta,
    private readonly request: Message,
  ) {}

  /** Build the response message. */
  withResponse(builder: (b: MessageContentsBuilder) => void): SynchronousMessageWithResponse {
    const interaction: SynchronousMessageInteraction = {
      type: 'Synchronous/Messages',
      ...metaFields(this.meta),
      request: this.request,
      response: [buildPart(this.meta.description, builder)],
    };
    return new SynchronousMessageWithResponse(this.context, interaction);
  }
}

function asPart(message: Message): SynchronousMessagePart {
  const { content, contentType, metadata } = messageForHandler(message);
  const bytes = Buffer.isBuffer(content)
    ? content
    : Buffer.from(content === undefined ? '' : typeof content === 'string' ? content : JSON.stringify(content));
  return { content: bytes, contentType, metadata };
}

/** A complete synchronous message interaction. */
export class SynchronousMessageWithResponse {
  /** Hold the interaction. */
  constructor(
    private readonly context: V4Context,
    readonly interaction: SynchronousMessageInteraction,
  ) {}

  /** Add another possible response (the V4 model holds several; a Treaty extension to pact-js's DSL). */
  withResponse(builder: (b: MessageContentsBuilder) => void): SynchronousMessageWithResponse {
    const response = [...this.interaction.response, buildPart(this.interaction.description, builder)];
    return new SynchronousMessageWithResponse(this.context, { ...this.interaction, response });
  }

  /** Hand the example request and responses (generators applied) to the test; record the interaction when it passes. */
  async executeTest<T>(integrationTest: (m: SynchronousMessage) => Promise<T>): Promise<T | undefined> {
    const value = await integrationTest({
      Request: asPart(this.interaction.request),
      Response: this.interaction.response.map(asPart),
    });
    recordInteractions(this.context.target, [this.interaction]);
    return value;
  }
}
