import { indexRelations } from './index-links';

/** What the relations advertised outside the index lead to (the index's own come from their titles). */
const OTHER_RELATIONS: Readonly<Record<string, string>> = {
  provider: 'The provider of this pact or resource.',
  consumer: 'The consumer of this pact or resource.',
  'consumer-version': 'The consumer application version this pact was published for.',
  'provider-version': 'The provider application version that produced this result.',
  'pact-version': "This pact's content by its SHA: a permalink that never changes.",
  'pact-versions': 'Every version of this pact.',
  'latest-pact-version': 'The latest version of this pact.',
  'all-pact-versions': 'Every version of the pact between this consumer and provider.',
  'previous-distinct': 'The previous version of this pact whose content differs.',
  'diff-previous-distinct': 'The changes since the previous version of this pact whose content differs.',
  'tag-version': 'Tag the consumer version of this pact (PUT).',
  'publish-verification-results': 'Publish (POST) or list (GET) the verification results of this pact content.',
  'latest-verification-results': 'The latest verification result of this pact content.',
  'verification-results': 'The verification results of this pact content.',
  'triggered-webhooks': 'The webhooks triggered by this publication or verification and their logs.',
  'matrix-for-consumer-version': 'The matrix rows of the consumer version this pact belongs to.',
  'matrix-for-version': 'The matrix rows of this version.',
  pacts: 'Pacts: each link names the consumer and leads to one pact.',
  versions: 'The versions of this pacticipant, newest first.',
  version: 'A version of this pacticipant by number.',
  'version-tag': 'A tag of a version of this pacticipant (GET, PUT, DELETE).',
  tag: 'A tag of this version (GET, PUT, DELETE).',
  tags: 'The tags of this version.',
  branch: 'A branch of this pacticipant (GET, DELETE).',
  branches: 'The branches of this pacticipant.',
  'branch-version': 'A version on a branch of this pacticipant (GET, PUT).',
  'latest-version': 'The latest version of this pacticipant, branch or tag.',
  label: 'A label of this pacticipant (GET, PUT, DELETE).',
  labels: 'The labels of this pacticipant.',
  pacticipant: 'The pacticipant this resource belongs to.',
  'record-deployment': 'Record (POST) or list (GET) deployments of this version to the environment.',
  'record-release': 'Record (POST) or list (GET) releases of this version to the environment.',
  'currently-deployed-deployed-versions': 'The versions currently deployed to this environment.',
  'currently-supported-released-versions': 'The released versions currently supported in this environment.',
  execute: 'Execute (POST) this webhook once against the latest matching pact or verification.',
  executions: 'The logged executions of this webhook.',
  status: 'The delivery status of the webhooks of this pact.',
  logs: 'The request and response log of a triggered webhook.',
  'pact-webhooks': 'The webhooks that apply to this consumer and provider.',
  dashboard: 'The latest pact and verification of each integration.',
  group: 'The pacticipants this pacticipant is connected to by pacts.',
  matrix: 'The matrix of pacticipant versions and verification results.',
  delete_integration: 'Delete this integration: its pacts, verifications and the webhooks scoped to it (DELETE).',
  'webhook-status': 'The delivery status of the latest webhooks of this pact.',
  'latest-pact': 'The latest pact of this integration.',
  create: 'Create a webhook with this scope (POST).',
  badge: 'An SVG badge with the verification status.',
  'can-i-deploy-badge':
    'An SVG badge: can the latest version with a tag be deployed to an environment identified by a tag?',
  'can-i-deploy-branch-to-environment-badge':
    'An SVG badge: can the latest version of a branch be deployed to an environment?',
  'cross-contract-verification-results': 'The results of this provider contract against consumer pacts.',
  'provider-contract': 'The provider contract used for this result.',
};

/**
 * A sentence describing a `pb:`/`pf:`/`beta:` relation, for the `/doc/{rel}` pages behind the HAL curies; undefined
 * when unknown.
 * @example relationDoc('pacticipants') // 'Pacticipants.'
 */
export function relationDoc(name: string): string | undefined {
  const indexed = indexRelations.find(([rel]) => rel.slice(rel.indexOf(':') + 1) === name);
  if (indexed) return `${indexed[2]}.`;
  return OTHER_RELATIONS[name];
}
