import { BrokerClient, authorizationHeader } from '@treaty/broker-client';
import { fetchPactsForVerification } from './broker/pacts-for-verification';
import { readPactUrls, type PactSource } from './pact-sources';
import type { VerifierOptions } from './types';

/**
 * The broker client for the options: `pactBrokerUrl`, or the origin of pact URLs (to publish results of broker pacts).
 */
export function brokerClientFor(options: VerifierOptions, timeoutMs: number): BrokerClient | undefined {
  const fromUrls = options.pactUrls?.find((url) => /^https?:\/\//.test(url));
  const base = options.pactBrokerUrl ?? (fromUrls ? new URL(fromUrls).origin : undefined);
  if (!base) return undefined;
  const auth = {
    token: options.pactBrokerToken,
    username: options.pactBrokerUsername,
    password: options.pactBrokerPassword,
  };
  return new BrokerClient({ baseUrl: base, ...auth, timeoutMs });
}

/** The Authorization header for pact URLs, from the broker credentials. */
function authHeaders(options: VerifierOptions): Record<string, string> {
  const value = authorizationHeader({
    token: options.pactBrokerToken,
    username: options.pactBrokerUsername,
    password: options.pactBrokerPassword,
  });
  return value ? { Authorization: value } : {};
}

/**
 * The pacts to verify: those of `pactUrls` when given, otherwise those the broker selects; then `consumerFilters`
 * applies.
 * @throws TreatyError when a pact cannot be read or the broker fails
 */
export async function collectPacts(
  options: VerifierOptions,
  broker: BrokerClient | undefined,
  warn: (m: string) => void,
): Promise<PactSource[]> {
  const sources = options.pactUrls?.length
    ? await readPactUrls(options.pactUrls, authHeaders(options))
    : broker
      ? await fetchPactsForVerification(broker, { ...options, provider: options.provider as string })
      : [];
  const filters = options.consumerFilters;
  const kept = filters?.length ? sources.filter((s) => filters.includes(s.pact.consumer.name)) : sources;
  for (const source of kept) {
    for (const warning of source.pact.warnings ?? []) warn(`${source.source}: ${warning.message}`);
    if (options.provider && source.pact.provider.name !== options.provider) {
      warn(
        `${source.source} is a pact with provider "${source.pact.provider.name}", not ` +
          `"${options.provider}"; verifying it anyway`,
      );
    }
  }
  return kept;
}
