import type { BrokerClient, HalResource } from '@treaty/broker-client';
import { cliErrors } from '../errors';
import { embeddedList } from './embedded';
import { findEnvironment } from './environments';
import { getPacticipantVersion } from './pacticipant-version';
import { unknownPacticipant } from './pacticipants';

/** Which pacticipant version: by number, or the latest (with a tag). */
export interface VersionRef {
  client: BrokerClient;
  pacticipant: string;
  version?: string;
  /** `true` for the latest version, a tag for the latest version with that tag. */
  latest?: boolean | string;
}

/** A pacticipant version as the broker describes it. */
export interface PacticipantVersion extends HalResource {
  number: string;
  branchVersions?: Array<{ name: string }>;
  tags?: Array<{ name: string }>;
}

/** The branch and tag names of a version, from its embedded resources. */
export function versionLabels(version: HalResource): { branches: string[]; tags: string[] } {
  const names = (list: unknown[]) =>
    list.map((item) => (item as { name?: string }).name).filter((n): n is string => !!n);
  return {
    branches: names(embeddedList(version, 'branchVersions', 'branches')),
    tags: names(embeddedList(version, 'tags')),
  };
}

/**
 * Create a pacticipant version, or add a branch and tags to an existing one (`PUT` of the version).
 * @example await createOrUpdateVersion({ client, pacticipant: 'web', version: '1.0.0', branch: 'main', tags: ['prod']
 *   });
 * @throws TreatyError on broker errors.
 */
export async function createOrUpdateVersion(
  options: VersionRef & { version: string; branch?: string; tags?: string[] },
): Promise<PacticipantVersion> {
  const { client, pacticipant, version } = options;
  const href = await client.link(
    'pb:pacticipant-version',
    { pacticipant, version },
    '/pacticipants/{pacticipant}/versions/{version}',
  );
  const body = {
    ...(options.branch ? { branch: options.branch } : {}),
    ...(options.tags?.length ? { tags: options.tags } : {}),
  };
  return (await client.put(href, body, `create or update version ${version} of ${pacticipant}`)) as PacticipantVersion;
}

/**
 * Describe a version: the one numbered, the latest (with a tag), or the latest when neither is given.
 * @throws TreatyError TREATY_CLI_VERSION_NOT_FOUND or TREATY_CLI_UNKNOWN_PACTICIPANT.
 */
export async function describeVersion(options: VersionRef): Promise<PacticipantVersion> {
  const { client, pacticipant, version, latest } = options;
  if (version) return (await getPacticipantVersion(client, pacticipant, version)) as PacticipantVersion;
  const tag = typeof latest === 'string' ? latest : undefined;
  const href = tag
    ? await client.link(
        'pb:latest-tagged-version',
        { pacticipant, tag },
        '/pacticipants/{pacticipant}/latest-version/{tag}',
      )
    : await client.link('pb:latest-version', { pacticipant }, '/pacticipants/{pacticipant}/latest-version');
  const found = await client.find(href, `read the latest version of ${pacticipant}`);
  if (found) return found as PacticipantVersion;
  if (
    !(await client.find(
      await client.link('pb:pacticipant', { pacticipant }, '/pacticipants/{pacticipant}'),
      `read ${pacticipant}`,
    ))
  ) {
    throw await unknownPacticipant(client, pacticipant);
  }
  throw cliErrors.TREATY_CLI_VERSION_NOT_FOUND([tag ? `latest with tag ${tag}` : 'latest', pacticipant], {
    pacticipant,
  });
}

/** A version deployed or released to an environment. */
export interface EnvironmentVersion {
  kind: 'deployed' | 'released';
  version: string;
  applicationInstance?: string;
  at?: string;
}

/**
 * The versions of a pacticipant currently deployed to and/or released (supported) in an environment.
 * @throws TreatyError TREATY_CLI_UNKNOWN_ENVIRONMENT or broker errors.
 */
export async function versionsInEnvironment(options: {
  client: BrokerClient;
  pacticipant: string;
  environment: string;
  deployed: boolean;
  released: boolean;
}): Promise<EnvironmentVersion[]> {
  const { client, pacticipant } = options;
  const environment = await findEnvironment(client, options.environment);
  const self = environment._links?.self;
  const base = (Array.isArray(self) ? self[0] : self)?.href ?? `${client.baseUrl}/environments/${environment.uuid}`;
  const query = `?pacticipant=${encodeURIComponent(pacticipant)}`;
  const out: EnvironmentVersion[] = [];
  const read = async (kind: EnvironmentVersion['kind'], path: string, key: string, at: string) => {
    const list = await client.get(
      `${base}/${path}${query}`,
      `list versions of ${pacticipant} ${kind} to ${options.environment}`,
    );
    for (const item of embeddedList<Record<string, unknown>>(list, key)) {
      const version = ((item._embedded as { version?: { number?: string } } | undefined)?.version?.number ??
        '') as string;
      out.push({
        kind,
        version,
        applicationInstance: (item.applicationInstance as string | undefined) ?? undefined,
        at: item[at] as string | undefined,
      });
    }
  };
  if (options.deployed) await read('deployed', 'deployed-versions/currently-deployed', 'deployedVersions', 'createdAt');
  if (options.released)
    await read('released', 'released-versions/currently-supported', 'releasedVersions', 'createdAt');
  return out;
}

/**
 * Tag a version (creating it with `autoCreateVersion`).
 * @throws TreatyError TREATY_CLI_VERSION_NOT_FOUND when it does not exist and may not be created.
 */
export async function createVersionTags(
  options: VersionRef & { version: string; tags: string[]; autoCreateVersion?: boolean },
): Promise<void> {
  const { client, pacticipant, version } = options;
  if (!options.autoCreateVersion) await getPacticipantVersion(client, pacticipant, version);
  for (const tag of options.tags) {
    const href = await client.link(
      'pb:pacticipant-version-tag',
      { pacticipant, version, tag },
      '/pacticipants/{pacticipant}/versions/{version}/tags/{tag}',
    );
    await client.put(href, {}, `tag version ${version} of ${pacticipant} with ${tag}`);
  }
}

/** Remove a tag from a version. @throws TreatyError TREATY_CLI_NOT_FOUND when the version has no such tag. */
export async function deleteVersionTag(options: VersionRef & { version: string; tag: string }): Promise<void> {
  const { client, pacticipant, version, tag } = options;
  const href = await client.link(
    'pb:pacticipant-version-tag',
    { pacticipant, version, tag },
    '/pacticipants/{pacticipant}/versions/{version}/tags/{tag}',
  );
  if (!(await client.delete(href, `delete tag ${tag} of ${pacticipant} ${version}`, true))) {
    throw cliErrors.TREATY_CLI_NOT_FOUND([
      `tag ${tag} of version ${version} of ${pacticipant}`,
      'Check the names with `treaty describe-version`',
    ]);
  }
}

/**
 * Delete a branch (its versions stay). Resolves false when there was no such branch.
 * @throws TreatyError on broker errors.
 */
export async function deleteBranch(options: {
  client: BrokerClient;
  pacticipant: string;
  branch: string;
}): Promise<boolean> {
  const { client, pacticipant, branch } = options;
  const href = await client.link(
    'pb:pacticipant-branch',
    { pacticipant, branch },
    '/pacticipants/{pacticipant}/branches/{branch}',
  );
  return (await client.delete(href, `delete branch ${branch} of ${pacticipant}`, true)) !== undefined;
}
