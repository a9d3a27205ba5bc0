import { generateMessage, type Body, type Message } from '@treaty/core';
import { consumerErrors } from '../errors';
import type { Rules } from '../matchers/matcher-types';
import { addTemplate, emptyRulesDraft, finishRules, type RulesDraft } from '../template/rules-draft';
import { ruleFromMatcher } from '../template/rule-from-matcher';

/** A message being built: contents, metadata and gathered rules. */
export interface MessageDraft {
  contents?: Body;
  metadata?: Record<string, unknown>;
  rules: RulesDraft;
  binary: boolean;
}

/**
 * A fresh message draft.
 * @example const draft = newMessageDraft();
 */
export function newMessageDraft(): MessageDraft {
  return { rules: emptyRulesDraft(), binary: false };
}

/**
 * Set JSON contents from a template (matchers allowed).
 * @example setJsonContents(draft, { id: integer(1) }, 'order-created')
 * @throws TREATY_CONSUMER_MESSAGE when the contents are empty.
 */
export function setJsonContents(draft: MessageDraft, content: unknown, description: string): void {
  if (content === undefined || content === null || (typeof content === 'object' && Object.keys(content).length === 0)) {
    throw consumerErrors.TREATY_CONSUMER_MESSAGE([description, 'the contents are empty']);
  }
  draft.contents = {
    content: addTemplate(draft.rules, 'body', undefined, content),
    contentType: 'application/json',
    encoded: false,
  };
}

/**
 * Set raw contents: text as text, anything else base64.
 * @example setRawContents(draft, 'text/plain', Buffer.from('hi'))
 */
export function setRawContents(draft: MessageDraft, contentType: string, body: Buffer | string): void {
  const text = typeof body === 'string';
  draft.binary = !text;
  draft.contents = text
    ? { content: body, contentType, encoded: false }
    : { content: body.toString('base64'), contentType, encoded: 'base64' };
}

/**
 * Add metadata (values may be matchers).
 * @example addMetadata(draft, { topic: 'orders' }, 'order-created')
 * @throws TREATY_CONSUMER_MESSAGE when the metadata object is empty.
 */
export function addMetadata(draft: MessageDraft, metadata: Record<string, unknown>, description: string): void {
  if (!metadata || Object.keys(metadata).length === 0)
    throw consumerErrors.TREATY_CONSUMER_MESSAGE([description, 'the metadata is empty']);
  const target = (draft.metadata ??= {});
  for (const [key, value] of Object.entries(metadata)) target[key] = addTemplate(draft.rules, 'metadata', key, value);
}

/**
 * Add rules in pact-js's `Rules` form to the message's contents.
 * @example addMessageRules(draft, { body: { path: '$.id', rules: [integer(1)] } })
 */
export function addMessageRules(draft: MessageDraft, rules: Rules): void {
  for (const [part, entries] of Object.entries(rules)) {
    for (const entry of Array.isArray(entries) ? entries : [entries]) {
      if (!entry) continue;
      const target = (draft.rules.matchingRules[part] ??= {});
      const key = entry.path ?? '$';
      target[key] = { matchers: [...(target[key]?.matchers ?? []), ...entry.rules.map(ruleFromMatcher)] };
    }
  }
}

/**
 * The draft as a model message.
 * @example finishMessage(draft)
 */
export function finishMessage(draft: MessageDraft): Message {
  const message: Message = {};
  if (draft.contents) message.contents = draft.contents;
  if (draft.metadata) message.metadata = draft.metadata;
  return { ...message, ...finishRules(draft.rules) };
}

/**
 * The contents as the test handler sees them: JSON as a value, binary as a Buffer, text as a string.
 * @example contentsForHandler(message) // { id: 1 }
 */
export function contentsForHandler(message: Message): unknown {
  const body = message.contents;
  if (!body) return undefined;
  if (body.encoded === 'base64') return Buffer.from(String(body.content), 'base64');
  return body.content;
}

/** A message as a consumer's handler receives it. */
export interface HandlerMessage {
  content: unknown;
  contentType?: string;
  metadata: Record<string, unknown>;
}

/**
 * The message a handler receives: generators applied to contents and metadata (as pact-reference's
 * reify does), the content type beside the contents.
 * @example const { content, contentType, metadata } = messageForHandler(message)
 * @throws TreatyError TREATY_CORE_INVALID_GENERATOR for a malformed generator.
 */
export function messageForHandler(message: Message): HandlerMessage {
  const generated = generateMessage(message);
  return {
    content: contentsForHandler(generated),
    contentType: generated.contents?.contentType,
    metadata: { ...(generated.metadata ?? {}) },
  };
}
