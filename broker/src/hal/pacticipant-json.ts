import type { PacticipantRow } from '../storage/repositories/rows';
import { links } from './links';

/** A pacticipant as the Pact Broker shows it. */
export function pacticipantJson(base: string, row: PacticipantRow, labels: readonly string[]): Record<string, unknown> {
  const self = links.pacticipant(base, row.name);
  return {
    name: row.name,
    displayName: row.display_name ?? row.name,
    mainBranch: row.main_branch ?? undefined,
    repositoryUrl: row.repository_url ?? undefined,
    repositoryName: row.repository_name ?? undefined,
    repositoryNamespace: row.repository_namespace ?? undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    _embedded: {
      labels: labels.map((name) => ({ name, _links: { self: { href: links.label(base, row.name, name) } } })),
    },
    _links: {
      self: { href: self },
      'pb:versions': { href: links.versions(base, row.name) },
      'pb:version': {
        href: `${self}/versions/{version}`,
        title: 'Get, create or delete a pacticipant version',
        templated: true,
      },
      'pb:version-tag': {
        href: `${self}/versions/{version}/tags/{tag}`,
        title: 'Get, create or delete a tag for a version',
        templated: true,
      },
      'pb:branch': { href: `${self}/branches/{branch}`, title: 'Get or delete a branch', templated: true },
      'pb:branches': { href: links.branches(base, row.name) },
      'pb:branch-version': {
        href: `${self}/branches/{branch}/versions/{version}`,
        title: 'Get or add/create a version for a branch',
        templated: true,
      },
      'pb:label': { href: `${self}/labels/{label}`, title: 'Get, create or delete a label', templated: true },
      'pb:latest-version': { href: links.latestVersion(base, row.name), title: 'Latest version' },
      'pb:can-i-deploy-badge': {
        href: `${self}/latest-version/{tag}/can-i-deploy/to/{environmentTag}/badge`,
        title: 'Can I Deploy badge',
        templated: true,
      },
      'pb:can-i-deploy-branch-to-environment-badge': {
        href: `${self}/branches/{branch}/latest-version/can-i-deploy/to-environment/{environment}/badge`,
        title: 'Can I Deploy badge',
        templated: true,
      },
    },
  };
}
