import type { Message, SynchronousMessageInteraction } from '@treaty/core';
import { consumerErrors } from '../errors';
import type { Rules } from '../matchers/matcher-types';
import { metaFields, type InteractionMeta } from './interaction-meta';
import { addMessageRules, addMetadata, finishMessage, newMessageDraft, setJsonContents, setRawContents, type MessageDraft } from './message-draft';
import { recordInteractions } from '../pact-file/pact-registry';
import { MetaBuilder, type V4Context } from './v4-http-interaction';
import type { Metadata } from './v4-async-message';

/** A synchronous message as its test function receives it (contents as Buffers, as pact-js). */
export interface SynchronousMessage {
  Request: { content: Buffer };
  Response: { content: Buffer }[];
}

/** Builds a request or response message (pact-js `V4SynchronousMessageWith{Request,Response}Builder`). */
export class SynchronousMessagePartBuilder {
  /** Wrap a draft. */
  constructor(private readonly draft: MessageDraft, private readonly description: string) {}

  /** Add metadata (values may be matchers). */
  withMetadata(metadata: Metadata): this {
    addMetadata(this.draft, metadata, this.description);
    return this;
  }

  /** Set raw contents. */
  withContent(contentType: string, body: Buffer): this {
    setRawContents(this.draft, contentType, body);
    return this;
  }

  /** Set JSON contents from a template. */
  withJSONContent(content: unknown): this {
    setJsonContents(this.draft, content, this.description);
    (this.draft.metadata ??= {}).contentType ??= 'application/json';
    return this;
  }

  /** Add rules in pact-js's `Rules` form. */
  withMatchingRules(rules: Rules): this {
    addMessageRules(this.draft, rules);
    return this;
  }
}

function buildPart(description: string, builder: (b: SynchronousMessagePartBuilder) => void): Message {
  const draft = newMessageDraft();
  builder(new SynchronousMessagePartBuilder(draft, description));
  return finishMessage(draft);
}

/** A synchronous message interaction being defined (pact-js `UnconfiguredSynchronousMessage`). */
export class UnconfiguredSynchronousMessage extends MetaBuilder {
  /** Bind to a pact. */
  constructor(private readonly context: V4Context, description: string) {
    super();
    if (!description) throw consumerErrors.TREATY_CONSUMER_MESSAGE(['(no description)', 'addSynchronousInteraction needs a description']);
    this.meta.description = description;
  }

  /** Build the request message. */
  withRequest(builder: (b: SynchronousMessagePartBuilder) => void): SynchronousMessageWithRequest {
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
  withResponse(builder: (b: SynchronousMessagePartBuilder) => void): SynchronousMessageWithResponse {
    const interaction: SynchronousMessageInteraction = {
      type: 'Synchronous/Messages',
      ...metaFields(this.meta),
      request: this.request,
      response: [buildPart(this.meta.description, builder)],
    };
    return new SynchronousMessageWithResponse(this.context, interaction);
  }
}

function asBuffer(message: Message): { content: Buffer } {
  const body = message.contents;
  if (!body) return { content: Buffer.alloc(0) };
  if (body.encoded === 'base64') return { content: Buffer.from(String(body.content), 'base64') };
  return { content: Buffer.from(typeof body.content === 'string' ? body.content : JSON.stringify(body.content)) };
}

/** A complete synchronous message interaction. */
export class SynchronousMessageWithResponse {
  /** Hold the interaction. */
  constructor(private readonly context: V4Context, readonly interaction: SynchronousMessageInteraction) {}

  /** Hand the example request and responses to the test; record the interaction when it passes. */
  async executeTest<T>(integrationTest: (m: SynchronousMessage) => Promise<T>): Promise<T | undefined> {
    const value = await integrationTest({ Request: asBuffer(this.interaction.request), Response: this.interaction.response.map(asBuffer) });
    recordInteractions(this.context.target, [this.interaction]);
    return value;
  }
}
