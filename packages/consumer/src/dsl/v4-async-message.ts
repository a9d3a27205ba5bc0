import type { AsynchronousMessageInteraction } from '@treaty/core';
import { consumerErrors } from '../errors';
import type { Rules } from '../matchers/matcher-types';
import { metaFields } from './interaction-meta';
import {
  addMessageRules,
  addMetadata,
  contentsForHandler,
  finishMessage,
  newMessageDraft,
  setJsonContents,
  setRawContents,
  type MessageDraft,
} from './message-draft';
import { recordInteractions } from '../pact-file/pact-registry';
import { MetaBuilder, type V4Context } from './v4-http-interaction';

/** Message metadata: values may be matchers. */
export type Metadata = Record<string, unknown>;

/** A message as a V4 message test handler receives it. */
export interface AsynchronousMessage {
  contents: { content: unknown };
  metadata: Metadata;
}

/** Builds a message's contents and metadata (pact-js `V4AsynchronousMessageBuilder`). */
export class AsynchronousMessageBuilder {
  /** Wrap a draft. */
  constructor(private readonly draft: MessageDraft, private readonly description: string) {}

  /** Add metadata (values may be matchers). */
  withMetadata(metadata: Metadata): this {
    addMetadata(this.draft, metadata, this.description);
    return this;
  }

  /** Set raw contents of a content type. */
  withContent(contentType: string, body: Buffer): this {
    setRawContents(this.draft, contentType, body);
    return this;
  }

  /** Set JSON contents from a template. */
  withJSONContent(content: unknown): this {
    setJsonContents(this.draft, content, this.description);
    return this;
  }

  /** Add rules in pact-js's `Rules` form. */
  withMatchingRules(rules: Rules): this {
    addMessageRules(this.draft, rules);
    return this;
  }
}

/** An asynchronous message being defined (pact-js `UnconfiguredAsynchronousMessage`). */
export class UnconfiguredAsynchronousMessage extends MetaBuilder {
  /** Bind to a pact. */
  constructor(private readonly context: V4Context) {
    super();
  }

  /** Describe the message and build its contents. */
  expectsToReceive(description: string, builder: (b: AsynchronousMessageBuilder) => void): AsynchronousMessageWithContent {
    if (!description) throw consumerErrors.TREATY_CONSUMER_MESSAGE(['(no description)', 'expectsToReceive needs a description']);
    this.meta.description = description;
    const draft = newMessageDraft();
    builder(new AsynchronousMessageBuilder(draft, description));
    const interaction: AsynchronousMessageInteraction = { type: 'Asynchronous/Messages', ...metaFields(this.meta), ...finishMessage(draft) };
    return new AsynchronousMessageWithContent(this.context, interaction);
  }
}

/** A complete asynchronous message. */
export class AsynchronousMessageWithContent {
  /** Hold the message. */
  constructor(private readonly context: V4Context, readonly interaction: AsynchronousMessageInteraction) {}

  /** Hand the example message to the consumer's handler; record it when the handler succeeds. */
  async executeTest<T>(integrationTest: (m: AsynchronousMessage) => Promise<T>): Promise<T | undefined> {
    const value = await integrationTest({
      contents: { content: contentsForHandler(this.interaction) },
      metadata: { ...(this.interaction.metadata ?? {}) },
    });
    recordInteractions(this.context.target, [this.interaction]);
    return value;
  }
}
