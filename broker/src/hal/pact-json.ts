import { withInteractionIds } from '../domain/interaction-ids';
import type { PublicationRow } from '../storage/repositories/rows';
import { links } from './links';

/** The title clients show for a pact. */
export function pactName(
  row: Pick<PublicationRow, 'consumer_name' | 'provider_name' | 'consumer_version_number'>,
): string {
  return `Pact between ${row.consumer_name} (${row.consumer_version_number}) and ${row.provider_name}`;
}

/**
 * A pact as the Pact Broker serves it: the published JSON, interaction `_id`s, `createdAt` and `_links`
 * (`pb:latest-verification-results` only when `verified`, so the link never answers 404).
 */
export function pactJson(
  base: string,
  row: PublicationRow,
  content: string,
  metadata?: string,
  verified = true,
): Record<string, unknown> {
  const { consumer_name: consumer, provider_name: provider, consumer_version_number: number, sha } = row;
  const json = withInteractionIds(JSON.parse(content) as Record<string, unknown>);
  return {
    ...json,
    createdAt: row.created_at,
    _links: {
      self: { title: 'Pact', name: pactName(row), href: links.pact(base, provider, consumer, number) },
      'pb:consumer': { title: 'Consumer', name: consumer, href: links.pacticipant(base, consumer) },
      'pb:consumer-version': { title: 'Consumer version', name: number, href: links.version(base, consumer, number) },
      'pb:provider': { title: 'Provider', name: provider, href: links.pacticipant(base, provider) },
      'pb:pact-version': {
        title: 'Pact content version permalink',
        name: sha,
        href: links.pactVersion(base, provider, consumer, sha),
      },
      'pb:latest-pact-version': {
        title: 'Latest version of this pact',
        href: links.latestPact(base, provider, consumer),
      },
      'pb:diff-previous-distinct': {
        title: 'Diff with the previous distinct version of this pact',
        href: `${links.pact(base, provider, consumer, number)}/diff/previous-distinct`,
      },
      'pb:pact-webhooks': {
        title: 'Webhooks for the pact between these two',
        href: `${links.latestPact(base, provider, consumer).replace(/\/latest$/, '')}/webhooks`,
      },
      'pb:triggered-webhooks': {
        title: 'Webhooks triggered by the publication of this pact',
        href: `${links.pact(base, provider, consumer, number)}/triggered-webhooks`,
      },
      'pb:all-pact-versions': {
        title: 'All versions of this pact',
        href:
          `${base}/pacts/provider/${encodeURIComponent(provider)}` +
          `/consumer/${encodeURIComponent(consumer)}/versions`,
      },
      'pb:tag-version': {
        title: 'Tag version',
        href: `${links.version(base, consumer, number)}/tags/{tag}`,
        templated: true,
      },
      'pb:publish-verification-results': {
        title: 'Publish verification results',
        href: links.verificationResults(base, provider, consumer, sha, metadata),
      },
      ...(verified
        ? {
            'pb:latest-verification-results': {
              href: `${links.verificationResults(base, provider, consumer, sha)}/latest`,
            },
          }
        : {}),
      'pb:matrix-for-consumer-version': {
        title: 'View matrix rows for the consumer version to which this pact belongs',
        href:
          `${base}/matrix?q[][pacticipant]=${encodeURIComponent(consumer)}&` +
          `q[][version]=${encodeURIComponent(number)}&latestby=cvpv`,
      },
      curies: [{ name: 'pb', href: `${base}/doc/{rel}?context=pact`, templated: true }],
    },
  };
}

/**
 * A pact answered where the official Rust CLI's `get-pacts --latest` expects a list: `_links['pb:pacts']` names the
 * pact itself.
 * @example withPactsLink(pactJson(base, row, content))._links['pb:pacts'][0].href
 */
export function withPactsLink(pact: Record<string, unknown>): Record<string, unknown> {
  const pactLinks = pact._links as Record<string, { href: string; name?: string; title?: string }>;
  const self = { title: pactLinks.self.name, name: pactLinks['pb:consumer'].name, href: pactLinks.self.href };
  return { ...pact, _links: { ...pactLinks, 'pb:pacts': [self] } };
}
