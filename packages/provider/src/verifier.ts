import type { JsonMap, MessageProviders, StateHandlers, VerificationReport, VerifierOptions } from './types';
import { withBrokerEnv } from './broker-env';
import { verifyProvider } from './verify-provider';

/**
 * pact-js's `Verifier`, backed by Treaty: `new Verifier(options).verifyProvider()`.
 * Differences from pact-js: it resolves with the {@link VerificationReport} (pact-js resolves with text), `timeout` is
 * per request, and `requestFilter` runs on an in-memory request rather than in a proxy. As in pact-js, broker
 * settings not given fall back to `PACT_BROKER_BASE_URL`, `PACT_BROKER_TOKEN`, `PACT_BROKER_USERNAME` and
 * `PACT_BROKER_PASSWORD`.
 * @example await new Verifier({ provider: 'orders-api', providerBaseUrl: url, pactUrls: [dir] }).verifyProvider();
 */
export class Verifier {
  private readonly config: VerifierOptions;

  constructor(config: VerifierOptions = {}) {
    this.config = { ...config };
  }

  /**
   * Verify; options given here override the constructor's.
   * @throws TreatyError TREATY_PROVIDER_VERIFICATION_FAILED with the report when verification fails
   */
  verifyProvider(config: VerifierOptions = {}): Promise<VerificationReport> {
    return verifyProvider(withBrokerEnv({ ...this.config, ...config }));
  }
}

/** pact-js's message state handlers: called with the state name and its params. */
export type MessageStateHandlers = Record<string, (state: string, params?: JsonMap) => unknown>;

/** Options of {@link MessageProviderPact}: pact-js's, with message-style state handlers. */
export type MessageProviderPactOptions = Omit<VerifierOptions, 'stateHandlers'> & {
  messageProviders: MessageProviders;
  stateHandlers?: MessageStateHandlers;
};

function toStateHandlers(handlers: MessageStateHandlers | undefined): StateHandlers | undefined {
  if (!handlers) return undefined;
  const out: StateHandlers = {};
  for (const [name, handler] of Object.entries(handlers))
    out[name] = async (params) => ((await handler(name, params)) ?? undefined) as JsonMap | undefined;
  return out;
}

/**
 * pact-js's `MessageProviderPact`: verifies message pacts with `messageProviders` keyed by description; broker
 * settings not given come from the environment as for {@link Verifier}.
 * @example await new MessageProviderPact({ provider: 'orders-api', pactUrls: [file], messageProviders }).verify();
 */
export class MessageProviderPact {
  constructor(private readonly config: MessageProviderPactOptions) {}

  /** Verify the message interactions. @throws TreatyError TREATY_PROVIDER_VERIFICATION_FAILED with the report */
  verify(): Promise<VerificationReport> {
    const options = { ...this.config, stateHandlers: toStateHandlers(this.config.stateHandlers) };
    return verifyProvider(withBrokerEnv(options));
  }
}
