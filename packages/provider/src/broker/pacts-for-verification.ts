import type { BrokerClient, HalLink } from '@treaty/broker-client';
import { parsePact } from '@treaty/core';
import type { PactSource } from '../pact-sources';
import type { VerifierOptions } from '../types';

interface ForVerificationPact {
  shortDescription?: string;
  verificationProperties?: { pending?: boolean; wip?: boolean; notices?: Array<{ when?: string; text?: string }> };
  _links?: { self?: HalLink };
}

/** The body of the pacts-for-verification query, as the official verifiers send it. */
export function forVerificationBody(options: VerifierOptions): Record<string, unknown> {
  const selectors =
    options.consumerVersionSelectors ?? (options.consumerVersionTags ?? []).map((tag) => ({ tag, latest: true }));
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
 * @throws TreatyError a TREATY_BROKER_CLIENT_* error, or TREATY_CORE_INVALID_PACT for a pact that does not parse
 */
export async function fetchPactsForVerification(
  client: BrokerClient,
  options: VerifierOptions & { provider: string },
): Promise<PactSource[]> {
  const url = await client.link('pb:provider-pacts-for-verification', { provider: options.provider });
  const answer = (await client.post(url, forVerificationBody(options), 'fetch pacts for verification')) as {
    _embedded?: { pacts?: ForVerificationPact[] };
  };
  const out: PactSource[] = [];
  for (const entry of answer._embedded?.pacts ?? []) {
    const href = entry._links?.self?.href;
    if (!href) continue;
    const json = await client.get(href, `read the pact ${entry.shortDescription ?? href}`);
    const pact = parsePact(json, { source: client.url(href) });
    const props = entry.verificationProperties ?? {};
    const pactLinks = json._links as Record<string, HalLink> | undefined;
    out.push({
      pact,
      source: href,
      pending: props.pending === true,
      wip: props.wip === true,
      notices: (props.notices ?? []).map((n) => n.text ?? '').filter(Boolean),
      publishUrl: pactLinks?.['pb:publish-verification-results']?.href,
    });
  }
  return out;
}
