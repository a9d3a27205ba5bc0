import type { HttpBroker } from './http-broker';
import { publishBody, samplePact } from './fixtures';

/** What {@link seedBroker} created, for filling link templates. */
export interface Seeded {
  environmentUuid: string;
  webhookUuid: string;
  pactSha: string;
}

async function ok(broker: HttpBroker, method: string, path: string, body?: unknown): Promise<any> {
  const answer = await broker.call(method, path, body);
  if (answer.status >= 300) throw new Error(`seed ${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

/**
 * Give a broker one of everything: two consumer versions of Web (branches main and feat, tags prod and dev), a
 * verification
 * by Orders 2.0.0, an environment with a deployment and a release, a label, a scoped webhook (triggered by 1.1.0) and a
 * provider contract.
 */
export async function seedBroker(broker: HttpBroker): Promise<Seeded> {
  const environment = await ok(broker, 'POST', '/environments', {
    name: 'production',
    displayName: 'Production',
    production: true,
  });
  await ok(broker, 'PATCH', '/pacticipants/Web', { mainBranch: 'main', repositoryUrl: 'https://git.example/web' });
  await ok(
    broker,
    'POST',
    '/contracts/publish',
    publishBody('1.0.0', [samplePact('Web', 'Orders', 'a')], { branch: 'main', tags: ['prod'] }),
  );
  // Created before 1.1.0 is published, so that publication triggers it (start the broker with `deliver: false` to keep
  // it queued).
  const webhook = await ok(broker, 'POST', '/webhooks', {
    description: 'notify CI',
    consumer: { name: 'Web' },
    provider: { name: 'Orders' },
    events: [{ name: 'contract_published' }],
    request: {
      method: 'POST',
      url: 'https://ci.example/hook',
      headers: { 'Content-Type': 'application/json' },
      body: { pact: '${pactbroker.pactUrl}' },
    },
  });
  await ok(
    broker,
    'POST',
    '/contracts/publish',
    publishBody('1.1.0', [samplePact('Web', 'Orders', 'b')], { branch: 'feat', tags: ['dev'] }),
  );
  const pact = await ok(broker, 'GET', '/pacts/provider/Orders/consumer/Web/version/1.0.0');
  await ok(broker, 'POST', new URL(pact._links['pb:publish-verification-results'].href).pathname, {
    success: true,
    providerApplicationVersion: '2.0.0',
  });
  await ok(broker, 'PUT', '/pacticipants/Orders/branches/main/versions/2.0.0', {});
  await ok(broker, 'PUT', '/pacticipants/Orders/versions/2.0.0/tags/prod', {});
  await ok(broker, 'POST', `/pacticipants/Orders/versions/2.0.0/deployed-versions/environment/${environment.uuid}`, {});
  await ok(broker, 'POST', `/pacticipants/Web/versions/1.0.0/released-versions/environment/${environment.uuid}`, {});
  // Every pacticipant has a version 1.0.0 on main tagged prod, and the label team-a, so the walk can fill templates
  // alike.
  await ok(broker, 'PUT', '/pacticipants/Orders/branches/main/versions/1.0.0', {});
  await ok(broker, 'PUT', '/pacticipants/Orders/versions/1.0.0/tags/prod', {});
  await ok(broker, 'PUT', '/pacticipants/Web/versions/1.1.0/tags/prod', {});
  await ok(broker, 'PUT', '/pacticipants/Web/labels/team-a', {});
  await ok(broker, 'PUT', '/pacticipants/Orders/labels/team-a', {});
  const contract =
    "openapi: 3.0.0\ninfo: { title: Orders, version: '1' }\npaths:\n  /orders/{id}:\n    get:\n      " +
    "responses:\n        '200': { description: ok }\n";
  await ok(broker, 'POST', '/provider-contracts/provider/Orders/publish', {
    pacticipantVersionNumber: '3.0.0',
    branch: 'main',
    tags: ['prod'],
    contract: {
      content: Buffer.from(contract).toString('base64'),
      contentType: 'application/yaml',
      specification: 'oas',
      selfVerificationResults: { success: true, verifier: 'dredd' },
    },
  });
  return { environmentUuid: environment.uuid, webhookUuid: webhook.uuid, pactSha: pact._links['pb:pact-version'].name };
}
