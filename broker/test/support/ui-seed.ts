import type { TestBroker } from './broker';
import { call } from './broker';
import { publishBody } from './fixtures';

/** Pact with matching rules and generators, so the pact page has something to show. */
function richPact(consumer: string, provider: string, id: string): Record<string, unknown> {
  return {
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      {
        description: `get order ${id}`,
        providerStates: [{ name: 'an order exists', params: { id } }],
        request: { method: 'GET', path: `/orders/${id}`, headers: { Accept: 'application/json' } },
        response: {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: { id, total: 42, items: [{ sku: 'A-1' }] },
          matchingRules: {
            body: {
              '$.id': { matchers: [{ match: 'regex', regex: '^[a-z]$' }] },
              '$.total': { matchers: [{ match: 'integer' }] },
              '$.items': { matchers: [{ match: 'type', min: 1 }] },
            },
          },
          generators: { body: { '$.total': { type: 'RandomInt', min: 1, max: 100 } } },
        },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

const PAYMENTS_API =
  `openapi: 3.1.0
info: { title: Payments, version: '1' }
paths:
  /orders/{id}:
    get:
      summary: The payment state of an order
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: the order's payment
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string }, total: { type: ` +
  `integer }, items: { type: array } } }
`;

async function ok(broker: TestBroker, method: string, path: string, body?: unknown): Promise<any> {
  const res = await call(broker, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

async function publish(
  broker: TestBroker,
  consumer: string,
  version: string,
  branch: string,
  pacts: Record<string, unknown>[],
): Promise<void> {
  await ok(broker, 'POST', '/contracts/publish', publishBody(version, pacts, { branch }));
}

type Results = unknown[] | ((pact: any) => unknown[]);

async function verify(
  broker: TestBroker,
  provider: string,
  consumer: string,
  providerVersion: string,
  success: boolean,
  results: Results,
): Promise<void> {
  const pact = await ok(broker, 'GET', `/pacts/provider/${provider}/consumer/${consumer}/latest`);
  const testResults = typeof results === 'function' ? results(pact) : results;
  const href = new URL(pact._links['pb:publish-verification-results'].href).pathname;
  await ok(broker, 'PUT', `/pacticipants/${provider}/branches/main/versions/${providerVersion}`, {});
  await ok(broker, 'POST', href, {
    success,
    providerApplicationVersion: providerVersion,
    testResults,
    buildUrl: 'https://ci.example.com/builds/42',
  });
}

/**
 * Seed a broker through its public API: 5 integrations (one failed verification with a mismatch and an error, one
 * checked against a provider contract (OpenAPI), one unverified), two environments with deployments and a webhook with
 * a secret.
 */
export async function seedUiBroker(broker: TestBroker, options: { hookUrl?: string } = {}): Promise<void> {
  // Loopback only (the broker must allow private destinations): the default, port 9 where nothing listens, never
  // reaches off the machine; tests that want deliveries pass a local receiver.
  await ok(broker, 'POST', '/webhooks', {
    description: 'Tell CI',
    events: [{ name: 'contract_content_changed' }],
    request: {
      method: 'POST',
      url: options.hookUrl ?? 'https://127.0.0.1:9/hook',
      username: 'ci',
      password: 'hunter2',
      headers: { Authorization: 'Bearer s3cret' },
    },
  });
  const prod = await ok(broker, 'POST', '/environments', { name: 'production', production: true });
  await ok(broker, 'POST', '/environments', { name: 'staging', production: false });
  await publish(broker, 'Web', '1.0.0', 'main', [richPact('Web', 'Orders', 'a'), richPact('Web', 'Users', 'u')]);
  await verify(broker, 'Orders', 'Web', '2.0.0', true, [{ success: true }]);
  await publish(broker, 'Web', '1.0.1', 'main', [richPact('Web', 'Orders', 'b'), richPact('Web', 'Users', 'u')]);
  await publish(broker, 'Mobile', '3.1.0', 'main', [
    richPact('Mobile', 'Orders', 'm'),
    richPact('Mobile', 'Users', 'n'),
  ]);
  await publish(broker, 'Orders', '2.0.0', 'main', [richPact('Orders', 'Payments', 'p')]);
  // Reported by the interaction's `_id`, as verifiers do: the page must show the description.
  const openapi = {
    attribute: 'openapi',
    identifier: '#/paths/~1orders~1{id}/get/responses/200',
    description: 'response.body.total must be integer',
  };
  const mismatch = {
    attribute: 'body',
    identifier: '$.total',
    description: "Expected 'forty-two' (string) to be an integer",
  };
  const exception = { message: 'afterEach failed: the test database did not reset' };
  await verify(broker, 'Orders', 'Web', '2.0.1', false, (pact) => [
    {
      interactionId: pact.interactions[0]._id,
      success: false,
      mismatches: [mismatch, openapi],
      exceptions: [exception],
    },
  ]);
  await verify(broker, 'Orders', 'Mobile', '2.0.1', true, [{ success: true }]);
  await verify(broker, 'Users', 'Web', '5.0.0', true, [{ success: true }]);
  await ok(broker, 'POST', `/pacticipants/Orders/versions/2.0.0/deployed-versions/environment/${prod.uuid}`, {});
  await ok(broker, 'POST', `/pacticipants/Orders/versions/2.0.1/deployed-versions/environment/${prod.uuid}`, {});
  await ok(broker, 'POST', `/pacticipants/Users/versions/5.0.0/deployed-versions/environment/${prod.uuid}`, {});
  await ok(broker, 'POST', `/pacticipants/Web/versions/1.0.0/deployed-versions/environment/${prod.uuid}`, {});
  await ok(broker, 'POST', '/provider-contracts/provider/Payments/publish', {
    pacticipantVersionNumber: '7.0.0',
    branch: 'main',
    contract: {
      content: Buffer.from(PAYMENTS_API).toString('base64'),
      contentType: 'application/yaml',
      specification: 'oas',
      selfVerificationResults: {
        success: true,
        content: Buffer.from('12 tests passed').toString('base64'),
        contentType: 'text/plain',
        verifier: 'schemathesis',
      },
    },
  });
}
