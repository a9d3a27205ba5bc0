import type { InteractionBase, ProviderState } from '@treaty/core';
import type { JsonMap } from '../matchers/matcher-types';

/** A V4 comment: text, or a custom key and value. */
export type Comment = string;
/** A custom V4 comment. */
export interface CustomComment {
  key: string;
  value: string;
}

/** The description, provider states and V4 annotations of an interaction being built. */
export interface InteractionMeta {
  description: string;
  providerStates: ProviderState[];
  pending?: boolean;
  comments?: Record<string, unknown>;
  key?: string;
}

/**
 * A fresh, empty meta.
 * @example const meta = newMeta('get order');
 */
export function newMeta(description = ''): InteractionMeta {
  return { description, providerStates: [] };
}

/**
 * Add a provider state (with optional params).
 * @example addState(meta, 'order 1 exists', { id: 1 })
 */
export function addState(meta: InteractionMeta, name: string, params?: JsonMap | Record<string, unknown>): void {
  meta.providerStates.push(params && Object.keys(params).length ? { name, params: { ...params } } : { name });
}

/**
 * Add a V4 comment: a text comment, or a custom key.
 * @example addComment(meta, 'covers the 404 case')
 */
export function addComment(meta: InteractionMeta, comment: Comment | CustomComment): void {
  const comments = (meta.comments ??= {});
  if (typeof comment === 'string') comments.text = [...((comments.text as string[] | undefined) ?? []), comment];
  else comments[comment.key] = comment.value;
}

/**
 * Record the test's name (V4 `comments.testname`).
 * @example setTestName(meta, 'returns the order')
 */
export function setTestName(meta: InteractionMeta, name: string): void {
  (meta.comments ??= {}).testname = name;
}

/**
 * Add a V4 reference (`comments.references[group][name] = value`).
 * @example addReference(meta, 'jira', 'ticket', 'ORD-1')
 */
export function addReference(meta: InteractionMeta, group: string, name: string, value: string): void {
  const comments = (meta.comments ??= {});
  const references = (comments.references ??= {}) as Record<string, Record<string, string>>;
  (references[group] ??= {})[name] = value;
}

/**
 * The meta's fields as model interaction fields.
 * @example { ...metaFields(meta), type: 'Synchronous/HTTP', request, response }
 */
export function metaFields(
  meta: InteractionMeta,
): Pick<InteractionBase, 'description' | 'providerStates' | 'pending' | 'comments' | 'key'> {
  // pact-js writes `pending: false` on every V4 interaction (earlier versions drop the field).
  const out: Pick<InteractionBase, 'description' | 'providerStates' | 'pending' | 'comments' | 'key'> = {
    description: meta.description,
    providerStates: meta.providerStates.map((s) => ({ ...s })),
    pending: meta.pending ?? false,
  };
  if (meta.key !== undefined) out.key = meta.key;
  if (meta.comments) out.comments = structuredClone(meta.comments);
  return out;
}
