import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { links } from '../hal/links';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import type { Database } from '../storage/database';
import { findBranch } from '../storage/repositories/branches';
import type { PacticipantRow } from '../storage/repositories/rows';
import {
  versionIdsInEnvironment,
  versionIdsOnBranchName,
  versionIdsWithTag,
} from '../storage/repositories/version-sets';
import { findVersionById, latestVersion } from '../storage/repositories/versions';
import { getOnPaths } from './get-on-paths';
import { requireEnvironment, requirePacticipant } from './lookups';
import { showVersion } from './version-view';

type ListParams = { pacticipant: string; branch?: string; tag?: string; uuid?: string };
type ListRequest = FastifyRequest<{ Params: ListParams; Querystring: { size?: string } }>;

/** The version ids a list path selects, and its title. */
async function selection(
  db: Database,
  p: PacticipantRow,
  params: ListParams,
): Promise<{ ids: number[]; title: string }> {
  if (params.branch !== undefined) {
    if (!(await findBranch(db, p.id, params.branch)))
      throw notFound(`branch "${params.branch}" of pacticipant "${p.name}"`);
    return {
      ids: await versionIdsOnBranchName(db, p.id, params.branch),
      title: `Versions of ${p.name} on branch ${params.branch}`,
    };
  }
  if (params.tag !== undefined)
    return {
      ids: await versionIdsWithTag(db, p.id, params.tag),
      title: `Versions of ${p.name} with tag ${params.tag}`,
    };
  const environment = await requireEnvironment(db, params.uuid!);
  return {
    ids: await versionIdsInEnvironment(db, p.id, environment.name),
    title: `Versions of ${p.name} deployed to or released in ${environment.name}`,
  };
}

async function list(broker: BrokerContext, request: ListRequest, reply: FastifyReply) {
  const base = baseUrlOf(request, broker.options);
  const p = await requirePacticipant(broker.db, request.params.pacticipant);
  const size = Math.min(Math.max(Number(request.query.size) || 100, 1), 1000);
  const { ids, title } = await selection(broker.db, p, request.params);
  const rows = await Promise.all(ids.slice(0, size).map((id) => findVersionById(broker.db, id)));
  const versions = await Promise.all(
    rows.filter((row) => row !== undefined).map((row) => showVersion(broker.db, base, p.name, row!)),
  );
  return sendHal(reply, {
    _embedded: { versions },
    _links: {
      self: { title, href: `${base}${request.url}` },
      'pb:pacticipant': { name: p.name, href: links.pacticipant(base, p.name) },
    },
  });
}

async function branchLatest(broker: BrokerContext, request: ListRequest, reply: FastifyReply) {
  const { pacticipant, branch } = request.params;
  const p = await requirePacticipant(broker.db, pacticipant);
  const row = await latestVersion(broker.db, p.id, { branch });
  if (!row) throw notFound(`latest version of pacticipant "${pacticipant}" on branch "${branch}"`);
  return sendHal(reply, await showVersion(broker.db, baseUrlOf(request, broker.options), p.name, row));
}

const LIST_PATHS = [
  '/pacticipants/:pacticipant/branches/:branch/versions',
  '/pacticipants/:pacticipant/tags/:tag/versions',
  '/pacticipants/:pacticipant/environments/:uuid/versions',
];

/** A pacticipant's versions on a branch, with a tag, or in an environment; and the latest version of a branch. */
export const versionListRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  getOnPaths(app, LIST_PATHS, list);
  app.get('/pacticipants/:pacticipant/branches/:branch/latest-version', (request: ListRequest, reply) =>
    branchLatest(broker, request, reply),
  );
};
