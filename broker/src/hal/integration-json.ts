import type { IntegrationSummary } from '../services/integration-summaries';
import { integrationLinks, links } from './links';

/** An integration as the Pact Broker's `IntegrationDecorator` shows it, with its verification status. */
export function integrationJson(base: string, summary: IntegrationSummary): Record<string, unknown> {
  const { consumer_name: consumer, provider_name: provider, created_at: createdAt } = summary.integration;
  return {
    consumer: { name: consumer, _links: { self: { href: links.pacticipant(base, consumer) } } },
    provider: { name: provider, _links: { self: { href: links.pacticipant(base, provider) } } },
    createdAt,
    verificationStatus: summary.verificationStatus,
    latestPactPublicationCreatedAt: summary.latestPact.created_at,
    latestVerificationResultCreatedAt: summary.latestVerification?.created_at ?? null,
    _links: {
      self: { href: integrationLinks.integration(base, provider, consumer) },
      'pb:latest-pact': { title: 'Latest pact', href: links.latestPact(base, provider, consumer) },
      'pb:dashboard': { title: 'Pacts to show on the dashboard', href: integrationLinks.dashboard(base, provider, consumer) },
      'pb:matrix': { title: `Matrix of pacts/verification results for ${consumer} and ${provider}`, href: integrationLinks.matrix(base, provider, consumer) },
      'pb:group': { href: integrationLinks.group(base, consumer) },
      'pb:delete_integration': { title: `Delete the integration between ${consumer} and ${provider}`, href: integrationLinks.integration(base, provider, consumer) },
    },
  };
}

/** One dashboard item: the latest pact of an integration, the latest verification, and links to look closer. */
export function dashboardItemJson(base: string, summary: IntegrationSummary): Record<string, unknown> {
  const { latestPact: pact, latestVerification: verification } = summary;
  const { consumer_name: consumer, provider_name: provider } = summary.integration;
  const providerVersion = verification ? { number: verification.provider_version_number, _links: { self: { href: links.version(base, provider, verification.provider_version_number) } } } : null;
  return {
    consumer: { name: consumer, version: { number: pact.consumer_version_number, _links: { self: { href: links.version(base, consumer, pact.consumer_version_number) } } }, _links: { self: { href: links.pacticipant(base, consumer) } } },
    provider: { name: provider, version: providerVersion, _links: { self: { href: links.pacticipant(base, provider) } } },
    pact: { createdAt: pact.created_at, _links: { self: { href: links.pact(base, provider, consumer, pact.consumer_version_number) } } },
    verificationResult: verification ? { success: verification.success === 1, verifiedAt: verification.created_at, _links: { self: { href: links.verification(base, provider, consumer, verification.sha, verification.number) } } } : null,
    verificationStatus: summary.verificationStatus,
    _links: {
      'pb:consumer': { title: 'Consumer', name: consumer, href: links.pacticipant(base, consumer) },
      'pb:consumer-version': { title: 'Consumer version', name: pact.consumer_version_number, href: links.version(base, consumer, pact.consumer_version_number) },
      'pb:provider': { title: 'Provider', name: provider, href: links.pacticipant(base, provider) },
      'pb:pact-version': { title: 'Pact', name: pact.sha, href: links.pactVersion(base, provider, consumer, pact.sha) },
      'pb:pact-webhooks': { title: 'Webhooks for this pact', href: integrationLinks.pactWebhooks(base, provider, consumer) },
      'pb:webhook-status': { title: 'Status of the webhooks of this pact', href: integrationLinks.webhookStatus(base, provider, consumer) },
      'pb:matrix': { title: 'Matrix of this integration', href: integrationLinks.matrix(base, provider, consumer) },
    },
  };
}
