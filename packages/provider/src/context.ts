import type { OpenApiSpec } from '@treaty/openapi';
import type { ProviderClient } from './http-client';
import type { InteractionFilter } from './interaction-filter';
import type { StateRunnerOptions } from './provider-states';
import type { VerifierOptions } from './types';

/** Everything an interaction's verification needs, shared across a run. */
export interface VerificationContext {
  options: VerifierOptions;
  /** The one keep-alive client (absent when there are only messages). */
  client?: ProviderClient;
  spec?: OpenApiSpec;
  states: StateRunnerOptions;
  timeoutMs: number;
  /** Extra headers sent with every request. */
  customHeaders: Record<string, string[]>;
  /** pact-js's environment filters; interactions they leave out are not verified. */
  filter?: InteractionFilter;
  warn(message: string): void;
}

/** Turn pact-js's `customProviderHeaders` (a map or `Name: value` strings) into a header map. */
export function customHeaderMap(value: VerifierOptions['customProviderHeaders']): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (Array.isArray(value)) {
    for (const line of value) {
      const colon = line.indexOf(':');
      if (colon > 0) (out[line.slice(0, colon).trim()] ??= []).push(line.slice(colon + 1).trim());
    }
  } else if (value) {
    for (const [name, header] of Object.entries(value)) out[name] = [header];
  }
  return out;
}
