import { linksOf, type BrokerClient, type HalResource } from '@treaty/broker-client';
import { cliErrors } from '../errors';
import { findEnvironment } from './environments';

/** Options of {@link recordUndeployment}. */
export interface RecordUndeploymentOptions {
  client: BrokerClient;
  pacticipant: string;
  environment: string;
  applicationInstance?: string;
}

/** Options of {@link recordSupportEnded}. */
export interface RecordSupportEndedOptions {
  client: BrokerClient;
  pacticipant: string;
  version: string;
  environment: string;
}

function embeddedList(resource: HalResource, key: string): HalResource[] {
  const list = resource._embedded?.[key];
  return Array.isArray(list) ? (list as HalResource[]) : [];
}

async function environmentLink(client: BrokerClient, name: string, rel: string, path: string) {
  const environment = await findEnvironment(client, name);
  const selfHref =
    linksOf(environment as unknown as HalResource, 'self')[0]?.href ??
    `${client.baseUrl}/environments/${environment.uuid}`;
  const resource = await client.get(selfHref, `read environment ${name}`);
  const href = linksOf(resource, rel)[0]?.href ?? `${client.baseUrl}/environments/${environment.uuid}/${path}`;
  return { environment, href };
}

/**
 * Record that the application (or one instance of it) is no longer deployed to an environment.
 * @returns the version numbers that were undeployed.
 * @throws TreatyError TREATY_CLI_NOTHING_DEPLOYED when nothing is deployed, and broker errors.
 */
export async function recordUndeployment(options: RecordUndeploymentOptions): Promise<string[]> {
  const { client, pacticipant, applicationInstance } = options;
  const { href } = await environmentLink(
    client,
    options.environment,
    'pb:currently-deployed-deployed-versions',
    'deployed-versions/currently-deployed',
  );
  const query = new URLSearchParams({ pacticipant, ...(applicationInstance ? { applicationInstance } : {}) });
  const list = await client.get(`${href}?${query}`, `list what is deployed to ${options.environment}`);
  const deployed = embeddedList(list, 'deployedVersions').filter((d) => {
    const name = (d._embedded?.pacticipant as { name?: string } | undefined)?.name;
    const instance = d.applicationInstance ?? d.target ?? undefined;
    return (name === undefined || name === pacticipant) && (!applicationInstance || instance === applicationInstance);
  });
  if (deployed.length === 0) {
    const instance = applicationInstance ? ` (application instance ${applicationInstance})` : '';
    throw cliErrors.TREATY_CLI_NOTHING_DEPLOYED([pacticipant, options.environment, instance]);
  }
  const versions: string[] = [];
  for (const entry of deployed) {
    const self = linksOf(entry, 'self')[0]?.href;
    if (self) await client.patch(self, { currentlyDeployed: false }, `record the undeployment of ${pacticipant}`);
    versions.push(String((entry._embedded?.version as { number?: string } | undefined)?.number ?? 'unknown'));
  }
  return versions;
}

/**
 * Record that a released version is no longer supported in an environment.
 * @throws TreatyError TREATY_CLI_NOTHING_RELEASED when that version is not currently released there, and broker errors.
 */
export async function recordSupportEnded(options: RecordSupportEndedOptions): Promise<void> {
  const { client, pacticipant, version } = options;
  const { href } = await environmentLink(
    client,
    options.environment,
    'pb:currently-supported-released-versions',
    'released-versions/currently-supported',
  );
  const list = await client.get(
    `${href}?${new URLSearchParams({ pacticipant, version })}`,
    `list what is released to ${options.environment}`,
  );
  const released = embeddedList(list, 'releasedVersions').filter((r) => {
    const number = (r._embedded?.version as { number?: string } | undefined)?.number;
    return number === undefined || number === version;
  });
  if (released.length === 0) throw cliErrors.TREATY_CLI_NOTHING_RELEASED([version, pacticipant, options.environment]);
  for (const entry of released) {
    const self = linksOf(entry, 'self')[0]?.href;
    if (self)
      await client.patch(self, { currentlySupported: false }, `record the end of support of ${pacticipant} ${version}`);
  }
}
