import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { links } from '../hal/links';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import type { Database } from '../storage/database';
import { sendHal } from '../http/hal';
import * as repo from '../storage/repositories/branches';
import { ensurePacticipant } from '../storage/repositories/pacticipants';
import type { PacticipantRow } from '../storage/repositories/rows';
import { ensureVersion, findVersionById } from '../storage/repositories/versions';
import { requirePacticipant, requireVersion } from './lookups';
import { showVersion } from './version-view';

type PacticipantRequest = FastifyRequest<{ Params: { pacticipant: string } }>;
type BranchRequest = FastifyRequest<{ Params: { pacticipant: string; branch: string } }>;
type BranchVersionRequest = FastifyRequest<{ Params: { pacticipant: string; branch: string; version: string } }>;

async function branchJson(
  broker: BrokerContext,
  request: FastifyRequest,
  p: PacticipantRow,
  branch: repo.BranchRow,
): Promise<Record<string, unknown>> {
  const base = baseUrlOf(request, broker.options);
  const latestId = (await repo.versionIdsOnBranch(broker.db, branch.id, 1))[0];
  const latest = latestId === undefined ? undefined : await findVersionById(broker.db, latestId);
  return {
    name: branch.name,
    createdAt: branch.created_at,
    latestVersion: latest ? { number: latest.number } : undefined,
    _links: {
      self: { title: 'Branch', href: links.branch(base, p.name, branch.name) },
      'pb:latest-version': latest ? { href: links.version(base, p.name, latest.number) } : undefined,
      'pb:versions': { title: 'Versions on this branch', href: `${links.branch(base, p.name, branch.name)}/versions` },
      'pb:pacticipant': { name: p.name, href: links.pacticipant(base, p.name) },
    },
  };
}

async function requireBranch(
  db: Database,
  name: string,
  branchName: string,
): Promise<{ p: PacticipantRow; branch: repo.BranchRow }> {
  const p = await requirePacticipant(db, name);
  const branch = await repo.findBranch(db, p.id, branchName);
  if (!branch) throw notFound(`branch "${branchName}" of pacticipant "${name}"`);
  return { p, branch };
}

async function listBranches(broker: BrokerContext, request: PacticipantRequest, reply: FastifyReply) {
  const p = await requirePacticipant(broker.db, request.params.pacticipant);
  const branches = await Promise.all(
    (await repo.listBranches(broker.db, p.id)).map((b) => branchJson(broker, request, p, b)),
  );
  return sendHal(reply, {
    _embedded: { branches },
    _links: { self: { href: links.branches(baseUrlOf(request, broker.options), p.name) } },
  });
}

async function getBranch(broker: BrokerContext, request: BranchRequest, reply: FastifyReply) {
  const { p, branch } = await requireBranch(broker.db, request.params.pacticipant, request.params.branch);
  return sendHal(reply, await branchJson(broker, request, p, branch));
}

async function deleteBranch(broker: BrokerContext, request: BranchRequest, reply: FastifyReply) {
  const { branch } = await requireBranch(broker.db, request.params.pacticipant, request.params.branch);
  await repo.deleteBranch(broker.db, branch.id);
  return reply.code(204).send();
}

async function putBranchVersion(broker: BrokerContext, request: BranchVersionRequest, reply: FastifyReply) {
  const { params } = request;
  const { p, version, created } = await broker.db.transaction(async (tx) => {
    const pacticipant = await ensurePacticipant(tx, params.pacticipant);
    const ensured = await ensureVersion(tx, pacticipant.id, params.version);
    const branch = await repo.findBranch(tx, pacticipant.id, params.branch);
    const isNew = !branch || !(await repo.isOnBranch(tx, branch.id, ensured.version.id));
    await repo.addBranchVersion(tx, pacticipant.id, params.branch, ensured.version.id);
    return { p: pacticipant, version: ensured.version, created: isNew };
  });
  return sendHal(
    reply,
    await showVersion(broker.db, baseUrlOf(request, broker.options), p.name, version),
    created ? 201 : 200,
  );
}

async function getBranchVersion(broker: BrokerContext, request: BranchVersionRequest, reply: FastifyReply) {
  const { p, branch } = await requireBranch(broker.db, request.params.pacticipant, request.params.branch);
  const { version } = await requireVersion(broker.db, p.name, request.params.version);
  if (!(await repo.isOnBranch(broker.db, branch.id, version.id)))
    throw notFound(`version "${version.number}" on branch "${branch.name}"`);
  return sendHal(reply, await showVersion(broker.db, baseUrlOf(request, broker.options), p.name, version));
}

/** `/pacticipants/{p}/branches[/{b}[/versions/{v}]]`. */
export const branchRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  const branchPath = '/pacticipants/:pacticipant/branches/:branch';
  app.get('/pacticipants/:pacticipant/branches', (request: PacticipantRequest, reply) =>
    listBranches(broker, request, reply),
  );
  app.get(branchPath, (request: BranchRequest, reply) => getBranch(broker, request, reply));
  app.delete(branchPath, (request: BranchRequest, reply) => deleteBranch(broker, request, reply));
  app.put(`${branchPath}/versions/:version`, (request: BranchVersionRequest, reply) =>
    putBranchVersion(broker, request, reply),
  );
  app.get(`${branchPath}/versions/:version`, (request: BranchVersionRequest, reply) =>
    getBranchVersion(broker, request, reply),
  );
};
