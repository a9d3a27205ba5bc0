import type { BrokerClient, HalResource } from '@treaty/broker-client';
import { cliErrors } from '../errors';

/** The webhook events, by the official CLI's flag (camelCased) and the Pact Broker's name. */
export const WEBHOOK_EVENT_FLAGS: Record<string, string> = {
  contractContentChanged: 'contract_content_changed',
  contractPublished: 'contract_published',
  providerVerificationPublished: 'provider_verification_published',
  providerVerificationFailed: 'provider_verification_failed',
  providerVerificationSucceeded: 'provider_verification_succeeded',
  contractRequiringVerificationPublished: 'contract_requiring_verification_published',
};

/** What a webhook does, as the official CLI's flags give it. */
export interface WebhookSpec {
  url: string;
  request?: string;
  header?: string[];
  data?: string;
  user?: string;
  consumer?: string;
  consumerLabel?: string;
  provider?: string;
  providerLabel?: string;
  description?: string;
  teamUuid?: string;
  /** The event names (`contract_published`, ...). */
  events: string[];
}

function headersOf(values: readonly string[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf(':');
    if (at <= 0) throw cliErrors.TREATY_CLI_USAGE([`--header '${value}' is not 'Name: value'`]);
    headers[value.slice(0, at).trim()] = value.slice(at + 1).trim();
  }
  return headers;
}

function bodyOf(data: string | undefined): unknown {
  if (data === undefined) return undefined;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

function party(name: string | undefined, label: string | undefined, flag: string): Record<string, string> | undefined {
  if (name && label) throw cliErrors.TREATY_CLI_USAGE([`--${flag} and --${flag}-label exclude each other`]);
  return name ? { name } : label ? { label } : undefined;
}

/**
 * The Pact Broker webhook body for `spec`.
 * @throws TreatyError TREATY_CLI_USAGE for no event, a bad header or `--user`, or a name with a label.
 */
export function webhookBody(spec: WebhookSpec): Record<string, unknown> {
  if (spec.events.length === 0)
    throw cliErrors.TREATY_CLI_USAGE([
      `no event: pass at least one of ${Object.values(WEBHOOK_EVENT_FLAGS)
        .map((e) => `--${e.replace(/_/g, '-')}`)
        .join(', ')}`,
    ]);
  if (spec.user !== undefined && !spec.user.includes(':'))
    throw cliErrors.TREATY_CLI_USAGE([`--user '${spec.user}' is not 'username:password'`]);
  const [username, ...password] = spec.user?.split(':') ?? [];
  const body = bodyOf(spec.data);
  const consumer = party(spec.consumer, spec.consumerLabel, 'consumer');
  const provider = party(spec.provider, spec.providerLabel, 'provider');
  return {
    ...(spec.description ? { description: spec.description } : {}),
    ...(consumer ? { consumer } : {}),
    ...(provider ? { provider } : {}),
    ...(spec.teamUuid ? { teamUuid: spec.teamUuid } : {}),
    events: spec.events.map((name) => ({ name })),
    request: {
      method: (spec.request ?? 'POST').toUpperCase(),
      url: spec.url,
      headers: headersOf(spec.header),
      ...(body !== undefined ? { body } : {}),
      ...(spec.user !== undefined ? { username, password: password.join(':') } : {}),
    },
  };
}

async function webhookUrl(client: BrokerClient, uuid: string): Promise<string> {
  return client.link('pb:webhook', { uuid }, '/webhooks/{uuid}');
}

/** Create a webhook. @throws TreatyError on bad flags or broker errors. */
export async function createWebhook(client: BrokerClient, spec: WebhookSpec): Promise<HalResource> {
  return client.post(await client.link('pb:webhooks', {}, '/webhooks'), webhookBody(spec), 'create the webhook');
}

/** Create the webhook with this UUID, or replace it. @throws TreatyError on bad flags or broker errors. */
export async function createOrUpdateWebhook(
  client: BrokerClient,
  uuid: string,
  spec: WebhookSpec,
): Promise<{ created: boolean; webhook: HalResource }> {
  const url = await webhookUrl(client, uuid);
  const existed = (await client.find(url, `read webhook ${uuid}`)) !== undefined;
  return {
    created: !existed,
    webhook: await client.put(url, webhookBody(spec), `${existed ? 'update' : 'create'} webhook ${uuid}`),
  };
}

/** Delete a webhook. @throws TreatyError TREATY_CLI_NOT_FOUND for an unknown UUID. */
export async function deleteWebhook(client: BrokerClient, uuid: string): Promise<void> {
  if (!(await client.delete(await webhookUrl(client, uuid), `delete webhook ${uuid}`, true))) {
    throw cliErrors.TREATY_CLI_NOT_FOUND([`webhook ${uuid}`, 'Check the UUID']);
  }
}

/**
 * Run a webhook once now and return what it sent and got. @throws TreatyError TREATY_CLI_NOT_FOUND for an unknown UUID.
 */
export async function testWebhook(client: BrokerClient, uuid: string): Promise<HalResource> {
  const url = await webhookUrl(client, uuid);
  if (!(await client.find(url, `read webhook ${uuid}`)))
    throw cliErrors.TREATY_CLI_NOT_FOUND([`webhook ${uuid}`, 'Check the UUID']);
  return client.post(`${url}/execute`, {}, `execute webhook ${uuid}`);
}
