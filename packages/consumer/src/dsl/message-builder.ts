import type { Rules } from '../matchers/matcher-types';
import { addMessageRules, addMetadata, setJsonContents, setRawContents, type MessageDraft } from './message-draft';

/** Message metadata: values may be matchers. */
export type Metadata = Record<string, unknown>;

/**
 * Builds a message's contents and metadata: pact-js's `V4AsynchronousMessageBuilder` and its
 * `V4SynchronousMessageWith{Request,Response}Builder`, which have the same methods.
 */
export class MessageContentsBuilder {
  /**
   * Wrap a draft. `contentTypeInMetadata` copies the contents' content type into the metadata, as
   * pact-js does for synchronous messages.
   */
  constructor(
    private readonly draft: MessageDraft,
    private readonly description: string,
    private readonly contentTypeInMetadata = false,
  ) {}

  /**
   * Add metadata (values may be matchers).
   * @throws TREATY_CONSUMER_MESSAGE when the metadata is empty.
   */
  withMetadata(metadata: Metadata): this {
    addMetadata(this.draft, metadata, this.description);
    return this;
  }

  /** Set raw contents of a content type. */
  withContent(contentType: string, body: Buffer): this {
    setRawContents(this.draft, contentType, body);
    this.noteContentType(contentType);
    return this;
  }

  /**
   * Set JSON contents from a template (matchers allowed).
   * @throws TREATY_CONSUMER_MESSAGE when the contents are empty.
   */
  withJSONContent(content: unknown): this {
    setJsonContents(this.draft, content, this.description);
    this.noteContentType('application/json');
    return this;
  }

  /** Add rules in pact-js's `Rules` form. */
  withMatchingRules(rules: Rules): this {
    addMessageRules(this.draft, rules);
    return this;
  }

  private noteContentType(contentType: string): void {
    if (this.contentTypeInMetadata) (this.draft.metadata ??= {}).contentType ??= contentType;
  }
}
