import { url } from '../http/hal';

/** URL builders for every resource, absolute against the base URL. Segments are encoded. */
export const links = {
  pacticipants: (base: string) => url(base, 'pacticipants'),
  pacticipant: (base: string, name: string) => url(base, 'pacticipants', name),
  versions: (base: string, name: string) => url(base, 'pacticipants', name, 'versions'),
  version: (base: string, name: string, number: string) => url(base, 'pacticipants', name, 'versions', number),
  latestVersion: (base: string, name: string) => url(base, 'pacticipants', name, 'latest-version'),
  tag: (base: string, name: string, number: string, tag: string) =>
    url(base, 'pacticipants', name, 'versions', number, 'tags', tag),
  branches: (base: string, name: string) => url(base, 'pacticipants', name, 'branches'),
  branch: (base: string, name: string, branch: string) => url(base, 'pacticipants', name, 'branches', branch),
  branchVersion: (base: string, name: string, branch: string, number: string) =>
    url(base, 'pacticipants', name, 'branches', branch, 'versions', number),
  label: (base: string, name: string, label: string) => url(base, 'pacticipants', name, 'labels', label),
  pact: (base: string, provider: string, consumer: string, number: string) =>
    url(base, 'pacts', 'provider', provider, 'consumer', consumer, 'version', number),
  pactVersion: (base: string, provider: string, consumer: string, sha: string) =>
    url(base, 'pacts', 'provider', provider, 'consumer', consumer, 'pact-version', sha),
  pactVersionWithMetadata: (base: string, provider: string, consumer: string, sha: string, metadata: string) =>
    url(base, 'pacts', 'provider', provider, 'consumer', consumer, 'pact-version', sha, 'metadata', metadata),
  latestPact: (base: string, provider: string, consumer: string) =>
    url(base, 'pacts', 'provider', provider, 'consumer', consumer, 'latest'),
  verificationResults: (base: string, provider: string, consumer: string, sha: string, metadata?: string) =>
    metadata
      ? url(
          base,
          'pacts',
          'provider',
          provider,
          'consumer',
          consumer,
          'pact-version',
          sha,
          'metadata',
          metadata,
          'verification-results',
        )
      : url(base, 'pacts', 'provider', provider, 'consumer', consumer, 'pact-version', sha, 'verification-results'),
  verification: (base: string, provider: string, consumer: string, sha: string, number: number) =>
    url(base, 'pacts', 'provider', provider, 'consumer', consumer, 'pact-version', sha, 'verification-results', number),
  providerContract: (base: string, provider: string, number: string) =>
    url(base, 'provider-contracts', 'provider', provider, 'version', number),
  crossContractResults: (base: string, provider: string, number: string) =>
    url(base, 'provider-contracts', 'provider', provider, 'version', number, 'cross-contract-verification-results'),
  environments: (base: string) => url(base, 'environments'),
  environment: (base: string, uuid: string) => url(base, 'environments', uuid),
  deployedVersion: (base: string, uuid: string) => url(base, 'deployed-versions', uuid),
  releasedVersion: (base: string, uuid: string) => url(base, 'released-versions', uuid),
  recordDeployment: (base: string, name: string, number: string, envUuid: string) =>
    url(base, 'pacticipants', name, 'versions', number, 'deployed-versions', 'environment', envUuid),
  recordRelease: (base: string, name: string, number: string, envUuid: string) =>
    url(base, 'pacticipants', name, 'versions', number, 'released-versions', 'environment', envUuid),
};

/** URL builders of the integration-level resources (integrations, dashboard, groups, matrix of a pair). */
export const integrationLinks = {
  integration: (base: string, provider: string, consumer: string) =>
    url(base, 'integrations', 'provider', provider, 'consumer', consumer),
  dashboard: (base: string, provider: string, consumer: string) =>
    url(base, 'dashboard', 'provider', provider, 'consumer', consumer),
  group: (base: string, pacticipant: string) => url(base, 'groups', pacticipant),
  matrix: (base: string, provider: string, consumer: string) =>
    url(base, 'matrix', 'provider', provider, 'consumer', consumer),
  pactWebhooks: (base: string, provider: string, consumer: string) =>
    url(base, 'pacts', 'provider', provider, 'consumer', consumer, 'webhooks'),
  webhookStatus: (base: string, provider: string, consumer: string) =>
    url(base, 'pacts', 'provider', provider, 'consumer', consumer, 'webhooks', 'status'),
};
