import type { Body } from '../model';
import { bodyKindOf, decodeBase64Head, detectContentType, type BodyKind } from './media-type';

/** A body as the matcher sees it: its state, its content type and its content. */
export interface BodyView {
  state: 'missing' | 'null' | 'empty' | 'present';
  contentType: string | undefined;
  kind: BodyKind;
  content: unknown;
  base64: boolean;
}

/** Classify a body: absent, JSON null, empty, or present with a content type (declared or detected). */
export function viewBody(body: Body | undefined, declaredType: string | undefined): BodyView {
  const content = body?.content;
  const base64 = typeof body?.encoded === 'string' && body.encoded.toLowerCase() === 'base64';
  const contentType = body?.contentType ?? declaredType;
  const state = content === undefined ? 'missing' : content === null ? 'null' : content === '' ? 'empty' : 'present';
  const kind = state === 'present' ? kindOf(content, contentType, base64) : 'text';
  return {
    state,
    contentType: contentType ?? (state === 'present' ? detectContentType(content, base64) : undefined),
    kind,
    content,
    base64,
  };
}

function kindOf(content: unknown, contentType: string | undefined, base64: boolean): BodyKind {
  const declared = bodyKindOf(contentType);
  if (typeof content !== 'string') return 'json';
  return declared ?? bodyKindOf(detectContentType(content, base64)) ?? 'text';
}

/** The body's content as text (base64 decoded). */
export function bodyText(view: BodyView): string {
  if (typeof view.content !== 'string') return JSON.stringify(view.content);
  return view.base64 ? decodeBase64Head(view.content, true) : view.content;
}

/**
 * The body's content as a JSON value. Pact files hold JSON bodies as values; transports may hand
 * over JSON text, which is parsed when it looks like a document (a plain string stays a JSON string).
 */
export function bodyJson(view: BodyView): unknown {
  if (typeof view.content !== 'string') return view.content;
  const text = bodyText(view);
  if (!/^\s*[[{]/.test(text) && !view.base64) return view.content;
  try {
    return JSON.parse(text);
  } catch {
    return view.content;
  }
}
