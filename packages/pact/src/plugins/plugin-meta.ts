import type { ProviderState } from '@treaty/core';

/** The description, states and V4 annotations a plugin interaction carries over from its builder. */
export interface InteractionMeta {
  description: string;
  providerStates: ProviderState[];
  pending?: boolean;
  comments?: Record<string, unknown>;
}

/** A copy of `meta` for the next builder, whose provider states are its own. */
export function copyMeta(meta: InteractionMeta): InteractionMeta {
  return { ...meta, providerStates: [...meta.providerStates] };
}

/** The V4 annotations (`pending`, `comments`) `meta` carries, to spread into the interaction built from it. */
export function annotationsOf(meta: InteractionMeta): Pick<InteractionMeta, 'pending' | 'comments'> {
  return {
    ...(meta.pending !== undefined ? { pending: meta.pending } : {}),
    ...(meta.comments ? { comments: meta.comments } : {}),
  };
}
