/** The broker's own OpenAPI 3.1 document, served at `/openapi.json`. Hand-written: one line per operation. */

import { RESOURCE_OPERATIONS, type Op } from './resource-operations';

const OPERATIONS: readonly Op[] = [
  ['get', '/', 'The index resource with the Pact Broker relations', 'Index'],
  ['get', '/diagnostic/status/heartbeat', 'Heartbeat (always public)', 'Operations'],
  ['get', '/metrics', 'Prometheus metrics', 'Operations'],
  ['get', '/openapi.json', 'This document', 'Operations'],
  ['post', '/contracts/publish', 'Publish the pacts of a consumer version', 'Pacts', true],
  ['put', '/pacts/provider/{provider}/consumer/{consumer}/version/{version}', 'Publish a pact', 'Pacts', true],
  ['get', '/pacts/provider/{provider}/consumer/{consumer}/version/{version}', 'Fetch a pact', 'Pacts'],
  ['get', '/pacts/provider/{provider}/consumer/{consumer}/latest', 'Fetch the latest pact', 'Pacts'],
  ['get', '/pacts/provider/{provider}/consumer/{consumer}/pact-version/{sha}', 'Fetch pact content by SHA', 'Pacts'],
  ['get', '/pacts/provider/{provider}/latest', 'Latest pacts of a provider', 'Pacts'],
  [
    'get',
    '/pacts/provider/{provider}/for-verification',
    'Pacts for verification, selectors in the query string (consumer_version_selectors[][...])',
    'Pacts',
  ],
  ['post', '/pacts/provider/{provider}/for-verification', 'Pacts for verification (a read)', 'Pacts', true],
  [
    'post',
    '/pacts/provider/{provider}/consumer/{consumer}/pact-version/{sha}/verification-results',
    'Publish a verification result',
    'Verifications',
    true,
  ],
  [
    'get',
    '/pacts/provider/{provider}/consumer/{consumer}/pact-version/{sha}/verification-results/{number}',
    'Fetch a verification result',
    'Verifications',
  ],
  ['get', '/pacticipants', 'List pacticipants', 'Pacticipants'],
  ['get', '/pacticipants/{pacticipant}', 'Fetch a pacticipant', 'Pacticipants'],
  ['put', '/pacticipants/{pacticipant}/versions/{version}/tags/{tag}', 'Tag a version', 'Pacticipants', true],
  ['get', '/environments', 'List environments', 'Environments'],
  ['post', '/environments', 'Create an environment', 'Environments', true],
  [
    'post',
    '/pacticipants/{pacticipant}/versions/{version}/deployed-versions/environment/{environment}',
    'Record a deployment',
    'Environments',
    true,
  ],
  ['get', '/matrix', 'The matrix of consumer and provider versions', 'Matrix'],
  ['get', '/can-i-deploy', 'Can this version be deployed?', 'Matrix'],
  ...RESOURCE_OPERATIONS,
  [
    'get',
    '/provider-contracts/provider/{provider}/version/{version}/cross-contract-verification-results',
    'Results of a provider contract against consumer pacts (the matrix links here)',
    'Matrix',
  ],
  ['get', '/webhooks', 'List webhooks', 'Webhooks'],
  ['post', '/webhooks', 'Create a webhook', 'Webhooks', true],
  [
    'post',
    '/webhooks/provider/{provider}/consumer/{consumer}',
    'Create a webhook for a consumer and provider',
    'Webhooks',
    true,
  ],
  ['get', '/webhooks/{uuid}', 'Fetch a webhook', 'Webhooks'],
  ['put', '/webhooks/{uuid}', 'Create or replace a webhook', 'Webhooks', true],
  ['delete', '/webhooks/{uuid}', 'Delete a webhook', 'Webhooks'],
  ['post', '/webhooks/{uuid}/execute', 'Execute a webhook now with the latest matching pact', 'Webhooks'],
  ['get', '/webhooks/{uuid}/executions', 'Execution logs of a webhook', 'Webhooks'],
  [
    'post',
    '/provider-contracts/provider/{provider}/publish',
    'Publish a provider contract (OpenAPI) with its self-verification',
    'Provider contracts',
    true,
  ],
  [
    'put',
    '/provider-contracts/provider/{provider}/version/{version}',
    'Publish a provider contract for a version',
    'Provider contracts',
    true,
  ],
  [
    'get',
    '/provider-contracts/provider/{provider}/version/{version}',
    'Fetch a provider contract',
    'Provider contracts',
  ],
  [
    'get',
    '/provider-contracts/provider/{provider}/version/{version}/cross-contract-verification-results',
    'Results of checking the consumer pacts against the contract',
    'Provider contracts',
  ],
  ['get', '/diagnostic/status/dependencies', 'Database reachability (503 when it does not answer)', 'Operations'],
  [
    'post',
    '/admin/tokens',
    'Create a named API token with a role (admin); the secret is returned once',
    'Access control',
    true,
  ],
  ['get', '/admin/tokens', 'List API tokens without their secrets (admin)', 'Access control'],
  ['delete', '/admin/tokens/{uuid}', 'Revoke an API token at once (admin)', 'Access control'],
  ['get', '/admin/audit', 'The audit log of writes, newest first (admin)', 'Access control'],
  [
    'put',
    '/admin/secrets/{name}',
    'Store a webhook secret, encrypted, for ${user.NAME} templates (admin)',
    'Access control',
    true,
  ],
  ['get', '/admin/secrets', 'List webhook secret names, never values (admin)', 'Access control'],
  ['delete', '/admin/secrets/{name}', 'Delete a webhook secret (admin)', 'Access control'],
];

const json = { schema: { type: 'object' } };
const errorResponse = {
  description: 'An error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

function operation([method, path, summary, tag, body]: Op): Record<string, unknown> {
  const params = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const ok =
    method === 'delete'
      ? { 204: { description: 'Deleted' } }
      : { 200: { description: 'OK', content: { 'application/hal+json': json } } };
  return {
    operationId: `${method}${path
      .replace(/\{(\w+)\}/g, 'By-$1')
      .replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    summary,
    tags: [tag],
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: { required: true, content: { 'application/json': json } } } : {}),
    responses: {
      ...ok,
      ...(method === 'post' && body
        ? { 201: { description: 'Created', content: { 'application/hal+json': json } } }
        : {}),
      400: errorResponse,
      401: errorResponse,
      403: errorResponse,
      404: errorResponse,
    },
  };
}

/** Build the document; `version` is the package version. */
export function brokerOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op[1]] ??= {})[op[0]] = operation(op);
  return {
    openapi: '3.1.0',
    info: { title: 'Treaty broker', version, description: 'A Pact Broker compatible contract broker.' },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
            errors: { type: 'object' },
          },
        },
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, basic: { type: 'http', scheme: 'basic' } },
    },
    security: [{ bearer: [] }, { basic: [] }, {}],
  };
}
