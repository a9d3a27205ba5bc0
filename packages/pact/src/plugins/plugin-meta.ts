import type { ProviderState } from '@treaty/core';

/** The description, states and V4 annotations a plugin interaction carries over from its builder. */
export interface InteractionMeta {
  description: string;
  providerStates: ProviderState[];
  pending?: boolean;
  comments?: Record<string, unknown>;
}
