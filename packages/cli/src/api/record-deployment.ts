import { linksOf, type BrokerClient } from '@treaty/broker-client';
import { findEnvironment, type Environment } from './environments';
import { getPacticipantVersion } from './pacticipant-version';

/** Options of {@link recordDeployment} and {@link recordRelease}. */
export interface RecordVersionOptions {
  client: BrokerClient;
  pacticipant: string;
  version: string;
  environment: string;
  /** Only for deployments: which instance of the application, when several run in one environment. */
  applicationInstance?: string;
}

/** What was recorded. */
export interface RecordResult {
  pacticipant: string;
  version: string;
  environment: Environment;
  resource: Record<string, unknown>;
}

async function record(options: RecordVersionOptions, kind: 'deployment' | 'release'): Promise<RecordResult> {
  const { client, pacticipant, version } = options;
  const environment = await findEnvironment(client, options.environment);
  const versionResource = await getPacticipantVersion(client, pacticipant, version);
  const rel = kind === 'deployment' ? 'pb:record-deployment' : 'pb:record-release';
  const path = kind === 'deployment' ? 'deployed-versions' : 'released-versions';
  const link = linksOf(versionResource, rel).find((l) => l.name === environment.name);
  const href =
    link?.href ??
    `${client.baseUrl}/pacticipants/${encodeURIComponent(pacticipant)}/` +
      `versions/${encodeURIComponent(version)}/${path}/environment/${environment.uuid}`;
  const body =
    kind === 'deployment' && options.applicationInstance ? { applicationInstance: options.applicationInstance } : {};
  const resource = await client.post(
    href,
    body,
    `record the ${kind} of ${pacticipant} ${version} to ${environment.name}`,
  );
  return { pacticipant, version, environment, resource };
}

/**
 * Record that a version was deployed to an environment.
 * @example await recordDeployment({ client, pacticipant: 'orders-api', version: '1.0.0', environment: 'production' });
 * @throws TreatyError for an unknown environment or version, and broker errors.
 */
export function recordDeployment(options: RecordVersionOptions): Promise<RecordResult> {
  return record(options, 'deployment');
}

/**
 * Record that a version was released to an environment (several may be supported at once).
 * @throws TreatyError for an unknown environment or version, and broker errors.
 */
export function recordRelease(options: RecordVersionOptions): Promise<RecordResult> {
  return record(options, 'release');
}
