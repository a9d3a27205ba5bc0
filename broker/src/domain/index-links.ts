import type { HalLink } from '../http/hal';

/** [relation, path (templated when it has `{`), title] of the index resource, as the Pact Broker lists them. */
export const indexRelations: readonly [string, string, string][] = [
  [
    'pb:publish-pact',
    '/pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}',
    'Publish a pact',
  ],
  ['pb:publish-contracts', '/contracts/publish', 'Publish contracts'],
  ['pb:latest-pact-versions', '/pacts/latest', 'Latest pact versions'],
  [
    'pb:tagged-pact-versions',
    '/pacts/provider/{provider}/consumer/{consumer}/tag/{tag}',
    'All versions of a pact for a given consumer, provider and consumer version tag',
  ],
  ['pb:pacticipants', '/pacticipants', 'Pacticipants'],
  ['pb:pacticipant', '/pacticipants/{pacticipant}', 'Fetch pacticipant by name'],
  ['pb:latest-provider-pacts', '/pacts/provider/{provider}/latest', 'Latest pacts by provider'],
  [
    'pb:latest-provider-pacts-with-tag',
    '/pacts/provider/{provider}/latest/{tag}',
    'Latest pacts for provider with the specified tag',
  ],
  [
    'pb:provider-pacts-with-tag',
    '/pacts/provider/{provider}/tag/{tag}',
    'All pact versions for the provider with the specified consumer version tag',
  ],
  ['pb:provider-pacts', '/pacts/provider/{provider}', 'All pact versions for the specified provider'],
  [
    'pb:provider-pacts-for-verification',
    '/pacts/provider/{provider}/for-verification',
    'Pact versions to be verified for the specified provider',
  ],
  [
    'beta:provider-pacts-for-verification',
    '/pacts/provider/{provider}/for-verification',
    'Pact versions to be verified for the specified provider',
  ],
  ['pb:latest-version', '/pacticipants/{pacticipant}/latest-version', 'Latest pacticipant version'],
  [
    'pb:latest-tagged-version',
    '/pacticipants/{pacticipant}/latest-version/{tag}',
    'Latest pacticipant version with the specified tag',
  ],
  [
    'pb:pacticipant-version',
    '/pacticipants/{pacticipant}/versions/{version}',
    'Get, create or delete a pacticipant version',
  ],
  [
    'pb:pacticipant-version-tag',
    '/pacticipants/{pacticipant}/versions/{version}/tags/{tag}',
    'Get, create or delete a tag for a pacticipant version',
  ],
  ['pb:pacticipant-branch', '/pacticipants/{pacticipant}/branches/{branch}', 'Get or delete a pacticipant branch'],
  [
    'pb:pacticipant-branch-version',
    '/pacticipants/{pacticipant}/branches/{branch}/versions/{version}',
    'Get or add/create a pacticipant version for a branch',
  ],
  ['pb:pacticipant-repository-url', '/pacticipants/{pacticipant}/repository-url', 'Repository URL of a pacticipant'],
  ['pb:webhooks', '/webhooks', 'Webhooks'],
  ['pb:webhook', '/webhooks/{uuid}', 'Webhook'],
  ['pb:integrations', '/integrations', 'Integrations'],
  ['pb:metrics', '/metrics', 'Get Pact Broker metrics'],
  ['pb:environments', '/environments', 'Environments'],
  ['pb:environment', '/environments/{uuid}', 'Environment'],
  ['pb:matrix', '/matrix', 'The matrix of pacticipant versions and verification results'],
  [
    'pb:can-i-deploy-pacticipant-version-to-tag',
    '/can-i-deploy?pacticipant={pacticipant}&version={version}&to={tag}',
    'Determine if an application version can be safely deployed to an environment identified by the given tag',
  ],
  [
    'pb:can-i-deploy-pacticipant-version-to-environment',
    '/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}',
    'Determine if an application version can be safely deployed to an environment',
  ],
  [
    'pb:can-i-deploy-branch-to-environment',
    '/can-i-deploy?pacticipant={pacticipant}&branch={branch}&environment={environment}',
    'Determine if the latest version of a branch can be safely deployed to an environment',
  ],
  ['pb:heartbeat', '/diagnostic/status/heartbeat', 'Heartbeat'],
  [
    'pb:branch-pact-versions',
    '/pacts/provider/{provider}/consumer/{consumer}/branch/{branch}',
    'All versions of pacts for a provider, for a named consumers branch',
  ],
  [
    'pb:latest-branch-pact-versions',
    '/pacts/provider/{provider}/consumer/{consumer}/branch/{branch}/latest/versions',
    'Latest version of pact for a provider, for a named consumers branch',
  ],
  [
    'pb:main-branch-pact-versions',
    '/pacts/provider/{provider}/consumer/{consumer}/branch/versions',
    'All versions of pacts for a provider, for a named consumers main branch',
  ],
  [
    'pb:latest-main-branch-pact-versions',
    '/pacts/provider/{provider}/consumer/{consumer}/branch/latest/versions',
    'Latest version of pact for a provider, for a named consumers main branch',
  ],
  [
    'pb:provider-pacts-with-main-branch',
    '/pacts/provider/{provider}/branch',
    'All pacts for a provider, for any consumers main branch',
  ],
  [
    'pb:provider-pacts-with-branch',
    '/pacts/provider/{provider}/branch/{branch}',
    'All pacts for a provider, for any consumers named branch',
  ],
  [
    'pb:latest-provider-pacts-with-main-branch',
    '/pacts/provider/{provider}/branch/latest',
    'Latest pact for a provider, for any consumers main branch',
  ],
  [
    'pb:latest-provider-pacts-with-branch',
    '/pacts/provider/{provider}/branch/{branch}/latest',
    'Latest pacts for a provider, for any consumers named branch',
  ],
  [
    'pb:provider-states',
    '/pacts/provider/{provider}/provider-states',
    'Provider states used by the latest main-branch pacts of a provider',
  ],
  ['pf:publish-provider-contract', '/provider-contracts/provider/{provider}/publish', 'Publish a provider contract'],
];

/**
 * The `_links` of the index resource, absolute against `base`.
 * @example indexLinks('http://localhost:9292')['pb:pacticipants'].href
 */
export function indexLinks(base: string): Record<string, HalLink | HalLink[]> {
  const links: Record<string, HalLink | HalLink[]> = { self: { href: base, title: 'Index', templated: false } };
  for (const [rel, path, title] of indexRelations)
    links[rel] = { href: base + path, title, templated: path.includes('{') };
  links.curies = [
    { name: 'pb', href: `${base}/doc/{rel}?context=index`, templated: true },
    { name: 'beta', href: `${base}/doc/{rel}?context=index`, templated: true },
    { name: 'pf', href: `${base}/doc/{rel}?context=index`, templated: true },
  ];
  return links;
}
