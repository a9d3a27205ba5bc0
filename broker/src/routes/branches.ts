import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { links } from '../hal/links';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import * as repo from '../storage/repositories/branches';
import { ensurePacticipant } from '../storage/repositories/pacticipants';
import type { PacticipantRow } from '../storage/repositories/rows';
import { ensureVersion, findVersionById } from '../storage/repositories/versions';
import { requirePacticipant, requireVersion } from './lookups';
import { showVersion } from './version-view';

type BranchParams = { Params: { pacticipant: string; branch: string } };
type BranchVersionParams = { Params: { pacticipant: string; branch: string; version: string } };

/** `/pacticipants/{p}/branches[/{b}[/versions/{v}]]`. */
export const branchRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, app.broker.options);
  const branchJson = async (request: FastifyRequest, p: PacticipantRow, branch: repo.BranchRow) => {
    const latestId = (await repo.versionIdsOnBranch(db, branch.id, 1))[0];
    const latest = latestId === undefined ? undefined : await findVersionById(db, latestId);
    return {
      name: branch.name,
      createdAt: branch.created_at,
      latestVersion: latest ? { number: latest.number } : undefined,
      _links: {
        self: { title: 'Branch', href: links.branch(base(request), p.name, branch.name) },
        'pb:latest-version': latest ? { href: links.version(base(request), p.name, latest.number) } : undefined,
        'pb:pacticipant': { name: p.name, href: links.pacticipant(base(request), p.name) },
      },
    };
  };
  const requireBranch = async (name: string, branchName: string) => {
    const p = await requirePacticipant(db, name);
    const branch = await repo.findBranch(db, p.id, branchName);
    if (!branch) throw notFound(`branch "${branchName}" of pacticipant "${name}"`);
    return { p, branch };
  };

  app.get<{ Params: { pacticipant: string } }>('/pacticipants/:pacticipant/branches', async (request, reply) => {
    const p = await requirePacticipant(db, request.params.pacticipant);
    const branches = await Promise.all((await repo.listBranches(db, p.id)).map((b) => branchJson(request, p, b)));
    return sendHal(reply, { _embedded: { branches }, _links: { self: { href: links.branches(base(request), p.name) } } });
  });
  app.get<BranchParams>('/pacticipants/:pacticipant/branches/:branch', async (request, reply) => {
    const { p, branch } = await requireBranch(request.params.pacticipant, request.params.branch);
    return sendHal(reply, await branchJson(request, p, branch));
  });
  app.delete<BranchParams>('/pacticipants/:pacticipant/branches/:branch', async (request, reply) => {
    const { branch } = await requireBranch(request.params.pacticipant, request.params.branch);
    await repo.deleteBranch(db, branch.id);
    return reply.code(204).send();
  });
  app.put<BranchVersionParams>('/pacticipants/:pacticipant/branches/:branch/versions/:version', async (request, reply) => {
    const { params } = request;
    const { p, version, created } = await db.transaction(async (tx) => {
      const pacticipant = await ensurePacticipant(tx, params.pacticipant);
      const ensured = await ensureVersion(tx, pacticipant.id, params.version);
      const branch = await repo.findBranch(tx, pacticipant.id, params.branch);
      const isNew = !branch || !(await repo.isOnBranch(tx, branch.id, ensured.version.id));
      await repo.addBranchVersion(tx, pacticipant.id, params.branch, ensured.version.id);
      return { p: pacticipant, version: ensured.version, created: isNew };
    });
    return sendHal(reply, await showVersion(db, base(request), p.name, version), created ? 201 : 200);
  });
  app.get<BranchVersionParams>('/pacticipants/:pacticipant/branches/:branch/versions/:version', async (request, reply) => {
    const { p, branch } = await requireBranch(request.params.pacticipant, request.params.branch);
    const { version } = await requireVersion(db, p.name, request.params.version);
    if (!(await repo.isOnBranch(db, branch.id, version.id))) throw notFound(`version "${version.number}" on branch "${branch.name}"`);
    return sendHal(reply, await showVersion(db, base(request), p.name, version));
  });
};
