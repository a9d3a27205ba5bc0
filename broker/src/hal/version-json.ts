import type { EnvironmentRow, VersionRow } from '../storage/repositories/rows';
import { links } from './links';

/** What a version resource shows besides the row. */
export interface VersionContext {
  pacticipant: string;
  branches: readonly string[];
  tags: readonly string[];
  environments: readonly EnvironmentRow[];
}

/** A version as the Pact Broker shows it, with `pb:record-deployment`/`pb:record-release` per environment. */
export function versionJson(base: string, row: VersionRow, context: VersionContext): Record<string, unknown> {
  const { pacticipant } = context;
  const envLinks = (kind: 'deployment' | 'release') =>
    context.environments.map((env) => ({
      title: `Record ${kind} to ${env.display_name ?? env.name}`,
      name: env.name,
      href: (kind === 'deployment' ? links.recordDeployment : links.recordRelease)(
        base,
        pacticipant,
        row.number,
        env.uuid,
      ),
    }));
  return {
    number: row.number,
    buildUrl: row.build_url ?? undefined,
    createdAt: row.created_at,
    _embedded: {
      branchVersions: context.branches.map((name) => ({
        name,
        _links: { self: { href: links.branchVersion(base, pacticipant, name, row.number) } },
      })),
      tags: context.tags.map((name) => ({
        name,
        _links: { self: { href: links.tag(base, pacticipant, row.number, name) } },
      })),
    },
    _links: {
      self: { title: 'Version', name: row.number, href: links.version(base, pacticipant, row.number) },
      'pb:pacticipant': { title: 'Pacticipant', name: pacticipant, href: links.pacticipant(base, pacticipant) },
      'pb:tag': {
        href: `${links.version(base, pacticipant, row.number)}/tags/{tag}`,
        title: 'Get, create or delete a tag for this pacticipant version',
        templated: true,
      },
      'pb:matrix-for-version': {
        href:
          `${base}/matrix?q[][pacticipant]=${encodeURIComponent(pacticipant)}&` +
          `q[][version]=${encodeURIComponent(row.number)}`,
      },
      'pb:record-deployment': envLinks('deployment'),
      'pb:record-release': envLinks('release'),
    },
  };
}
