import { sha1Of } from './canonical-json';

/** Add the Pact Broker's `_id` to each interaction/message: a hash of its content, stable across publications. */
export function withInteractionIds(json: Record<string, unknown>): Record<string, unknown> {
  const out = { ...json };
  for (const list of ['interactions', 'messages']) {
    const items = out[list];
    if (Array.isArray(items)) {
      out[list] = items.map((item) =>
        item && typeof item === 'object' ? { _id: sha1Of(item), ...(item as object) } : item,
      );
    }
  }
  return out;
}
