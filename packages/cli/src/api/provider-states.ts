import type { BrokerClient } from '@treaty/broker-client';
import { cliErrors } from '../errors';
import { embeddedList } from './embedded';

/** One provider state, with the consumers that use it. */
export interface ProviderState {
  name: string;
  params?: Record<string, unknown>;
  consumers?: string[];
}

/**
 * The de-duplicated provider states of a provider's pacts (main branches by default, or a branch or environment),
 * from the Pact Broker's `/pacts/provider/{provider}/provider-states`.
 * @throws TreatyError TREATY_CLI_NOT_FOUND when the broker does not serve provider states; broker errors.
 */
export async function listProviderStates(options: {
  client: BrokerClient;
  provider: string;
  branch?: string;
  environment?: string;
}): Promise<ProviderState[]> {
  const { client, provider } = options;
  const p = encodeURIComponent(provider);
  const path = options.branch
    ? `/pacts/provider/${p}/provider-states/branch/${encodeURIComponent(options.branch)}`
    : options.environment
      ? `/pacts/provider/${p}/provider-states/environment/${encodeURIComponent(options.environment)}`
      : `/pacts/provider/${p}/provider-states`;
  const found = await client.find(`${client.baseUrl}${path}`, `list the provider states of ${provider}`);
  if (!found)
    throw cliErrors.TREATY_CLI_NOT_FOUND([
      `provider states of ${provider}`,
      'Check the provider name, and that the broker serves provider states',
    ]);
  return embeddedList<ProviderState>(found, 'providerStates');
}
