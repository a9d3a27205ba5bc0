import type { AsynchronousMessageInteraction } from '@treaty/core';
import { consumerErrors } from '../errors';
import { metaFields } from './interaction-meta';
import { MessageContentsBuilder, type Metadata } from './message-builder';
import { finishMessage, messageForHandler, newMessageDraft } from './message-draft';
import { recordInteractions } from '../pact-file/pact-registry';
import { MetaBuilder, type V4Context } from './v4-http-interaction';

export type { Metadata } from './message-builder';

/** A message as a V4 message test handler receives it (generators applied). */
export interface AsynchronousMessage {
  contents: { content: unknown; contentType?: string };
  metadata: Metadata;
}

/** An asynchronous message being defined (pact-js `UnconfiguredAsynchronousMessage`). */
export class UnconfiguredAsynchronousMessage extends MetaBuilder {
  /** Bind to a pact. */
  constructor(private readonly context: V4Context) {
    super();
  }

  /**
   * Describe the message and build its contents.
   * @throws TREATY_CONSUMER_MESSAGE when the description or contents are missing.
   */
  expectsToReceive(description: string, builder: (b: MessageContentsBuilder) => void): AsynchronousMessageWithContent {
    if (!description)
      throw consumerErrors.TREATY_CONSUMER_MESSAGE(['(no description)', 'expectsToReceive needs a description']);
    this.meta.description = description;
    const draft = newMessageDraft();
    builder(new MessageContentsBuilder(draft, description));
    const interaction: AsynchronousMessageInteraction = {
      type: 'Asynchronous/Messages',
      ...metaFields(this.meta),
      ...finishMessage(draft),
    };
    return new AsynchronousMessageWithContent(this.context, interaction);
  }
}

/** A complete asynchronous message. */
export class AsynchronousMessageWithContent {
  /** Hold the message. */
  constructor(
    private readonly context: V4Context,
    readonly interaction: AsynchronousMessageInteraction,
  ) {}

  /** Hand the example message (generators applied) to the consumer's handler; record it when the handler succeeds. */
  async executeTest<T>(integrationTest: (m: AsynchronousMessage) => Promise<T>): Promise<T | undefined> {
    const { content, contentType, metadata } = messageForHandler(this.interaction);
    const value = await integrationTest({ contents: { content, contentType }, metadata });
    recordInteractions(this.context.target, [this.interaction]);
    return value;
  }
}
