/** pact-js's `src/dsl/verifier/proxy/types`: state handler and proxy option types of the Verifier. */
import type { RequestFilter, StateFunc } from '@treaty/provider';
import type { JsonMap, LogLevel, MessageProviders, StateHandlers } from '../../../../index';

export type { StateHandlers, StateHandler } from '../../../../index';
export type { StateFunc } from '@treaty/provider';

/** A `beforeEach` / `afterEach` hook. */
export type Hook = () => Promise<unknown>;
/** Whether a provider state is being set up or torn down. */
export type StateAction = 'setup' | 'teardown';
/** A provider state request as the verifier's state endpoint receives it. */
export interface ProviderState {
  action: StateAction;
  params: JsonMap;
  state: string;
}
/** A state handler with separate setup and teardown. */
export type StateFuncWithSetup = {
  setup?: StateFunc;
  teardown?: StateFunc;
};
/**
 * The Verifier options pact-js's proxy takes. Treaty has no proxy: `validateSSL`, `changeOrigin` and `proxyHost`
 * are accepted and ignored.
 */
export interface ProxyOptions {
  logLevel?: LogLevel;
  requestFilter?: RequestFilter;
  stateHandlers?: StateHandlers;
  messageProviders?: MessageProviders;
  beforeEach?: Hook;
  afterEach?: Hook;
  validateSSL?: boolean;
  changeOrigin?: boolean;
  providerBaseUrl?: string;
  proxyHost?: string;
}
