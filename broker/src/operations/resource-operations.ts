/** One documented operation: method, path, summary, tag, and whether it takes a JSON body. */
export type Op = [method: string, path: string, summary: string, tag: string, body?: boolean];

/** An operation of one tag: a path and summary for a GET, or a method first for anything else. */
type Row = [path: string, summary: string] | [method: string, path: string, summary: string, body?: boolean];

/** The operations of one tag, in order. */
function tagged(tag: string, rows: Row[]): Op[] {
  return rows.map((row) => {
    const [method, path, summary, body] = row.length === 2 ? ['get', ...row] : row;
    return body ? [method, path, summary, tag, body] : [method, path, summary, tag];
  });
}

const PAIR = '/pacts/provider/{provider}/consumer/{consumer}';
const STATES = '/pacts/provider/{provider}/provider-states';
const PACTICIPANT = '/pacticipants/{pacticipant}';
const INTEGRATION = '/integrations/provider/{provider}/consumer/{consumer}';

/** The rest of the Pact Broker's resources (issue 11), documented in `/openapi.json` beside the core ones. */
export const RESOURCE_OPERATIONS: readonly Op[] = [
  ...tagged('Pacts', [
    [STATES, 'Provider states of the latest main-branch pacts, with their consumers'],
    [`${STATES}/branch/{branch}`, 'Provider states of the latest pacts of a consumer branch'],
    [`${STATES}/environment/{environment}`, 'Provider states of the pacts in an environment'],
    [`${PAIR}/tag/{tag}`, 'Versions of a pact with a consumer tag'],
    [`${PAIR}/branch/{branch}`, 'Versions of a pact on a consumer branch'],
    [`${PAIR}/latest-untagged`, 'The latest pact of a consumer version without tags'],
    [`${PAIR}/version/{version}/previous-distinct`, 'The previous version of a pact with different content'],
    [
      `${PAIR}/version/{version}/diff/previous-distinct`,
      'Changes since the previous distinct version (text, or JSON on request)',
    ],
    [`${PAIR}/version/{version}/diff/version/{other}`, 'Changes between two consumer versions of a pact'],
  ]),
  ...tagged('Verifications', [
    [`${PAIR}/pact-version/{sha}/verification-results`, 'Verification results of a pact content'],
    [
      `${PAIR}/version/{version}/verification-results/latest`,
      "Latest verification result of a consumer version's pact",
    ],
    [
      '/verification-results/consumer/{consumer}/version/{version}/latest',
      'Latest results of every provider for a consumer version',
    ],
  ]),
  ...tagged('Webhooks', [
    [
      `${PAIR}/pact-version/{sha}/verification-results/{number}/triggered-webhooks`,
      'Webhooks a verification result triggered',
    ],
    [`${PAIR}/version/{version}/triggered-webhooks`, 'Webhooks a publication triggered'],
    [`${PAIR}/webhooks`, 'Webhooks of a consumer and provider'],
    [`${PAIR}/webhooks/status`, 'Delivery status of the latest webhooks of a pact'],
    ['/webhooks/provider/{provider}/consumer/{consumer}', 'Webhooks scoped to a consumer and provider'],
    ['/webhooks/provider/{provider}', 'Webhooks scoped to a provider'],
    ['/webhooks/consumer/{consumer}', 'Webhooks scoped to a consumer'],
    ['post', '/webhooks/execute', 'Execute an unsaved webhook once', true],
    ['/triggered-webhooks/{uuid}/logs', 'Logs of a triggered webhook'],
  ]),
  ...tagged('Matrix', [
    ['/integrations', 'Integrations with their verification status'],
    [INTEGRATION, 'One integration'],
    ['delete', INTEGRATION, 'Delete an integration (its pacts and pair webhooks)'],
    ['/matrix/provider/{provider}/consumer/{consumer}', 'The matrix of one integration'],
    ['/dashboard', 'Latest pact and verification of every integration'],
    ['/groups/{pacticipant}', 'The connected group of a pacticipant (CSV, or JSON on request)'],
    ['/relationships', 'Every integration (CSV, or JSON on request)'],
  ]),
  ...tagged('Pacticipants', [
    [`${PACTICIPANT}/branches/{branch}/versions`, 'Versions on a branch'],
    [`${PACTICIPANT}/branches/{branch}/latest-version`, 'Latest version on a branch'],
    [`${PACTICIPANT}/tags/{tag}/versions`, 'Versions with a tag'],
    [`${PACTICIPANT}/environments/{environment}/versions`, 'Versions deployed to or released in an environment'],
    [`${PACTICIPANT}/repository-url`, 'Repository URL of a pacticipant'],
  ]),
  ...tagged('Badges', [
    [`${PAIR}/latest/badge`, 'SVG badge: verification status of the latest pact'],
    [`${PAIR}/latest/{tag}/badge`, 'SVG badge: verification status of the latest tagged pact'],
    [`${PAIR}/branch/{branch}/latest/badge`, 'SVG badge: verification status of the latest pact on a branch'],
    [
      '/matrix/provider/{provider}/latest/{providerTag}/consumer/{consumer}/latest/{tag}/badge',
      'SVG badge: status between two tagged versions',
    ],
    [`${PACTICIPANT}/latest-version/{tag}/can-i-deploy/to/{to}/badge`, 'SVG badge: can-i-deploy to a tag'],
    [
      `${PACTICIPANT}/branches/{branch}/latest-version/can-i-deploy/to-environment/{environment}/badge`,
      'SVG badge: can-i-deploy to an environment',
    ],
    [`${PACTICIPANT}/main-branch/can-i-merge/badge`, 'SVG badge: can-i-merge'],
  ]),
  ...tagged('Operations', [['/metrics/prometheus', 'Prometheus metrics (GET /metrics answers JSON to JSON clients)']]),
  ...tagged('Index', [['/doc/{rel}', 'Documentation of a HAL relation']]),
];
