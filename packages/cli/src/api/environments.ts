import type { BrokerClient, HalResource } from '@treaty/broker-client';
import { cliErrors } from '../errors';

/** An environment as the broker describes it. */
export interface Environment {
  uuid: string;
  name: string;
  displayName?: string;
  production?: boolean;
  _links?: HalResource['_links'];
}

/** Options of {@link createEnvironment}. */
export interface CreateEnvironmentOptions {
  client: BrokerClient;
  name: string;
  displayName?: string;
  production?: boolean;
  contactName?: string;
  contactEmailAddress?: string;
}

/** List the broker's environments. @throws TreatyError on broker errors. */
export async function listEnvironments(client: BrokerClient): Promise<Environment[]> {
  const href = await client.link('pb:environments', {}, '/environments');
  const resource = await client.get(href, 'list environments');
  const embedded = resource._embedded?.environments;
  return Array.isArray(embedded) ? (embedded as Environment[]) : [];
}

/**
 * Find an environment by name.
 * @throws TreatyError TREATY_CLI_UNKNOWN_ENVIRONMENT naming the known environments.
 */
export async function findEnvironment(client: BrokerClient, name: string): Promise<Environment> {
  const environments = await listEnvironments(client);
  const found = environments.find((e) => e.name === name);
  if (!found) {
    const known = environments.map((e) => e.name).join(', ') || 'none';
    throw cliErrors.TREATY_CLI_UNKNOWN_ENVIRONMENT([name, known, name], { environment: name });
  }
  return found;
}

/**
 * Create an environment (`POST /environments`).
 * @example await createEnvironment({ client, name: 'production', production: true });
 * @throws TreatyError on broker errors (a 409 when it exists).
 */
export async function createEnvironment(options: CreateEnvironmentOptions): Promise<Environment> {
  const href = await options.client.link('pb:environments', {}, '/environments');
  const contact =
    options.contactName || options.contactEmailAddress
      ? [
          {
            name: options.contactName,
            details: options.contactEmailAddress ? { emailAddress: options.contactEmailAddress } : {},
          },
        ]
      : undefined;
  const body = {
    name: options.name,
    displayName: options.displayName ?? options.name,
    production: options.production ?? false,
    ...(contact ? { contacts: contact } : {}),
  };
  return (await options.client.post(href, body, `create environment ${options.name}`)) as unknown as Environment;
}

/** Fields of {@link updateEnvironment}; those left out keep their values. */
export interface UpdateEnvironmentOptions extends Partial<Omit<CreateEnvironmentOptions, 'client'>> {
  client: BrokerClient;
  uuid: string;
}

async function environmentUrl(client: BrokerClient, uuid: string): Promise<string> {
  return client.link('pb:environment', { uuid }, '/environments/{uuid}');
}

/**
 * Read one environment by UUID.
 * @throws TreatyError TREATY_CLI_NOT_FOUND when there is none with that UUID.
 */
export async function describeEnvironment(client: BrokerClient, uuid: string): Promise<Environment> {
  const found = await client.find(await environmentUrl(client, uuid), `read environment ${uuid}`);
  if (!found)
    throw cliErrors.TREATY_CLI_NOT_FOUND([
      `environment ${uuid}`,
      'List the environments with `treaty list-environments`',
    ]);
  return found as unknown as Environment;
}

/**
 * Change an environment: the fields given replace the current ones (the official CLI's merge of old and new).
 * @throws TreatyError TREATY_CLI_NOT_FOUND for an unknown UUID, or broker errors.
 */
export async function updateEnvironment(options: UpdateEnvironmentOptions): Promise<Environment> {
  const current = (await describeEnvironment(options.client, options.uuid)) as Environment & Record<string, unknown>;
  const contacts =
    options.contactName || options.contactEmailAddress
      ? [
          {
            name: options.contactName,
            details: options.contactEmailAddress ? { emailAddress: options.contactEmailAddress } : {},
          },
        ]
      : current.contacts;
  const body = {
    name: options.name ?? current.name,
    displayName: options.displayName ?? current.displayName,
    production: options.production ?? current.production ?? false,
    ...(contacts ? { contacts } : {}),
  };
  return (await options.client.put(
    await environmentUrl(options.client, options.uuid),
    body,
    `update environment ${options.uuid}`,
  )) as unknown as Environment;
}

/** Delete an environment. @throws TreatyError TREATY_CLI_NOT_FOUND for an unknown UUID, or broker errors. */
export async function deleteEnvironment(client: BrokerClient, uuid: string): Promise<Environment> {
  const environment = await describeEnvironment(client, uuid);
  await client.delete(await environmentUrl(client, uuid), `delete environment ${uuid}`);
  return environment;
}
