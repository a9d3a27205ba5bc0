import type { DeployedVersionRow, EnvironmentRow, ReleasedVersionRow } from '../storage/repositories/rows';
import { links } from './links';

/** An environment as the Pact Broker shows it. */
export function environmentJson(base: string, row: EnvironmentRow): Record<string, unknown> {
  const self = links.environment(base, row.uuid);
  return {
    uuid: row.uuid,
    name: row.name,
    displayName: row.display_name ?? row.name,
    production: row.production === 1,
    contacts: row.contacts ? JSON.parse(row.contacts) : undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    _links: {
      self: { title: 'Environment', name: row.name, href: self },
      'pb:currently-deployed-deployed-versions': {
        title: 'Versions currently deployed to this environment',
        href: `${self}/deployed-versions/currently-deployed`,
      },
      'pb:currently-supported-released-versions': {
        title: 'Versions currently released and supported in this environment',
        href: `${self}/released-versions/currently-supported`,
      },
      'pb:environments': { title: 'Environments', href: links.environments(base) },
    },
  };
}

function embedded(base: string, row: DeployedVersionRow | ReleasedVersionRow): Record<string, unknown> {
  return {
    pacticipant: {
      name: row.pacticipant_name,
      _links: { self: { href: links.pacticipant(base, row.pacticipant_name) } },
    },
    version: {
      number: row.version_number,
      _links: { self: { href: links.version(base, row.pacticipant_name, row.version_number) } },
    },
    environment: {
      uuid: row.environment_uuid,
      name: row.environment_name,
      _links: { self: { href: links.environment(base, row.environment_uuid) } },
    },
  };
}

/** A deployed version as the Pact Broker shows it. */
export function deployedVersionJson(base: string, row: DeployedVersionRow): Record<string, unknown> {
  return {
    uuid: row.uuid,
    currentlyDeployed: row.undeployed_at === null,
    target: row.application_instance ?? undefined,
    applicationInstance: row.application_instance ?? undefined,
    createdAt: row.created_at,
    undeployedAt: row.undeployed_at ?? undefined,
    _embedded: embedded(base, row),
    _links: { self: { href: links.deployedVersion(base, row.uuid) } },
  };
}

/** A released version as the Pact Broker shows it. */
export function releasedVersionJson(base: string, row: ReleasedVersionRow): Record<string, unknown> {
  return {
    uuid: row.uuid,
    currentlySupported: row.support_ended_at === null,
    createdAt: row.created_at,
    supportEndedAt: row.support_ended_at ?? undefined,
    _embedded: embedded(base, row),
    _links: { self: { href: links.releasedVersion(base, row.uuid) } },
  };
}
