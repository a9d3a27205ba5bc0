import type { ProviderState } from '@treaty/core';
import type { JsonMap, StateFunc, StateHandlers } from './types';
import { withTimeout } from './with-timeout';

/** Runs the state handlers (or the state set-up URL) around one interaction. */
export interface StateRunnerOptions {
  stateHandlers?: StateHandlers;
  providerStatesSetupUrl?: string;
  timeoutMs: number;
  /** Called with a warning, e.g. a state nobody handles. */
  warn(message: string): void;
}

/** An error of a state handler; its message becomes the interaction's failure. */
export class StateHandlerError extends Error {}

function pick(handlers: StateHandlers | undefined, name: string, action: 'setup' | 'teardown'): StateFunc | undefined {
  const handler = handlers?.[name];
  if (!handler) return undefined;
  if (typeof handler === 'function') return action === 'setup' ? handler : undefined;
  return handler[action];
}

async function callSetupUrl(
  url: string,
  state: ProviderState,
  action: string,
  timeoutMs: number,
): Promise<JsonMap | undefined> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ state: state.name, params: state.params ?? {}, action }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const text = await response.text();
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonMap) : undefined;
  } catch {
    return undefined;
  }
}

async function runOne(
  options: StateRunnerOptions,
  state: ProviderState,
  action: 'setup' | 'teardown',
): Promise<JsonMap | undefined> {
  const handler = pick(options.stateHandlers, state.name, action);
  try {
    if (handler)
      return (await withTimeout('the handler', options.timeoutMs, () => handler(state.params ?? {}))) ?? undefined;
    if (options.providerStatesSetupUrl)
      return await callSetupUrl(options.providerStatesSetupUrl, state, action, options.timeoutMs);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StateHandlerError(`State handler "${state.name}" failed on ${action}: ${message}`);
  }
  if (action === 'setup' && state.name !== '' && !options.stateHandlers?.[state.name])
    options.warn(`No state handler found for "${state.name}", ignoring it`);
  return undefined;
}

// pact-reference calls the state change with an empty state for an interaction without provider states,
// so set-up URLs (and a handler registered for '') can reset the provider before every interaction.
function statesToRun(options: StateRunnerOptions, states: ProviderState[]): ProviderState[] {
  if (states.length > 0) return states;
  return options.providerStatesSetupUrl || options.stateHandlers?.[''] ? [{ name: '' }] : [];
}

/** True when set-up and teardown have something to do for these states (most interactions of most pacts: nothing). */
export function hasStatesToRun(options: StateRunnerOptions, states: ProviderState[]): boolean {
  return statesToRun(options, states).length > 0;
}

/**
 * Set up every provider state of an interaction, in order; returns the merged values the handlers returned.
 * @throws StateHandlerError naming the state and the handler's message
 */
export async function setUpStates(options: StateRunnerOptions, states: ProviderState[]): Promise<JsonMap> {
  const values: JsonMap = {};
  for (const state of statesToRun(options, states))
    Object.assign(values, state.params ?? {}, await runOne(options, state, 'setup'));
  return values;
}

/**
 * Tear the provider states of an interaction down, in reverse order.
 * @throws StateHandlerError naming the state and the handler's message
 */
export async function tearDownStates(options: StateRunnerOptions, states: ProviderState[]): Promise<void> {
  for (const state of [...statesToRun(options, states)].reverse()) await runOne(options, state, 'teardown');
}
