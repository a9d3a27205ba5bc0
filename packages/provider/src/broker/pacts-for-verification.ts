import { providerErrors } from '../errors';
import { readPact, type PactSource } from '../pact-sources';
import type { VerifierOptions } from '../types';
import { authHeaders, expandTemplate, type BrokerClient, type HalLink } from './broker-client';

interface ForVerificationPact {
  shortDescription?: string;
  verificationProperties?: { pending?: boolean; wip?: boolean; notices?: Array<{ when?: string; text?: string }> };
  _links?: { self?: HalLink };
}

/** The body of the pacts-for-verification query, as the official verifiers send it. */
export function forVerificationBody(options: VerifierOptions): Record<string, unknown> {
  const selectors = options.consumerVersionSelectors ?? (options.consumerVersionTags ?? []).map((tag) => ({ tag, latest: true }));
  const branch = options.providerVersionBranch ?? options.providerBranch;
  return {
    consumerVersionSelectors: selectors,
    ...(options.providerVersionTags?.length ? { providerVersionTags: options.providerVersionTags } : {}),
    ...(branch ? { providerVersionBranch: branch } : {}),
    includePendingStatus: options.enablePending === true,
    ...(options.includeWipPactsSince ? { includeWipPactsSince: options.includeWipPactsSince } : {}),
  };
}

/**
 * Ask the broker which pacts the provider must verify (`pb:provider-pacts-for-verification`), then fetch each one.
 * @throws TreatyError TREATY_PROVIDER_BROKER_FAILED
 */
export async function fetchPactsForVerification(client: BrokerClient, options: VerifierOptions & { provider: string }): Promise<PactSource[]> {
  const links = await client.indexLinks();
  const link = links['pb:provider-pacts-for-verification'];
  if (!link?.href) {
    throw providerErrors.TREATY_PROVIDER_BROKER_FAILED(['find pb:provider-pacts-for-verification', client.baseUrl, 'the index has no such link (Pact Broker 2.59+ is needed)']);
  }
  const url = expandTemplate(link.href, { provider: options.provider });
  const answer = (await client.request('POST', url, forVerificationBody(options), 'fetch pacts for verification')) as { _embedded?: { pacts?: ForVerificationPact[] } };
  const headers = authHeaders(options);
  const out: PactSource[] = [];
  for (const entry of answer._embedded?.pacts ?? []) {
    const href = entry._links?.self?.href;
    if (!href) continue;
    const { pact, json } = await readPact(new URL(href, client.baseUrl).href, headers);
    const props = entry.verificationProperties ?? {};
    const pactLinks = json._links as Record<string, HalLink> | undefined;
    out.push({
      pact, source: href, pending: props.pending === true, wip: props.wip === true,
      notices: (props.notices ?? []).map((n) => n.text ?? '').filter(Boolean),
      publishUrl: pactLinks?.['pb:publish-verification-results']?.href,
    });
  }
  return out;
}
