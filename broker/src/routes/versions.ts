import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { links } from '../hal/links';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { addBranchVersion } from '../storage/repositories/branches';
import { ensurePacticipant } from '../storage/repositories/pacticipants';
import { addTag } from '../storage/repositories/tags';
import * as repo from '../storage/repositories/versions';
import { objectBody, requirePacticipant, requireVersion, stringFieldErrors } from './lookups';
import { showVersion } from './version-view';

type VersionParams = { Params: { pacticipant: string; version: string } };

/** `/pacticipants/{p}/versions[/{v}]` and `/pacticipants/{p}/latest-version[/{tag}]`. */
export const versionRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, app.broker.options);

  app.get<{ Params: { pacticipant: string }; Querystring: { size?: string } }>('/pacticipants/:pacticipant/versions', async (request, reply) => {
    const p = await requirePacticipant(db, request.params.pacticipant);
    const size = Math.min(Math.max(Number(request.query.size) || 100, 1), 1000);
    const rows = await repo.listVersions(db, p.id, size);
    const versions = await Promise.all(rows.map((row) => showVersion(db, base(request), p.name, row)));
    return sendHal(reply, {
      _embedded: { versions },
      _links: { self: { href: links.versions(base(request), p.name) }, 'pb:pacticipant': { name: p.name, href: links.pacticipant(base(request), p.name) } },
    });
  });

  app.get<VersionParams>('/pacticipants/:pacticipant/versions/:version', async (request, reply) => {
    const { version } = await requireVersion(db, request.params.pacticipant, request.params.version);
    return sendHal(reply, await showVersion(db, base(request), request.params.pacticipant, version));
  });

  app.put<VersionParams>('/pacticipants/:pacticipant/versions/:version', async (request, reply) => {
    const body = objectBody(request.body);
    const errors = stringFieldErrors(body, ['branch', 'buildUrl']);
    if (body.branch === '') errors.branch = ['must not be blank'];
    if (body.tags !== undefined && (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string'))) errors.tags = ['must be an array of strings'];
    if (Object.keys(errors).length) throw invalid(`create version "${request.params.version}"`, errors);
    const result = await db.transaction(async (tx) => {
      const p = await ensurePacticipant(tx, request.params.pacticipant);
      const { version, created } = await repo.ensureVersion(tx, p.id, request.params.version, (body.buildUrl as string | undefined) ?? undefined);
      if (typeof body.branch === 'string') await addBranchVersion(tx, p.id, body.branch, version.id);
      for (const tag of (body.tags as string[] | undefined) ?? []) await addTag(tx, version.id, tag);
      return { p, version, created };
    });
    return sendHal(reply, await showVersion(db, base(request), result.p.name, result.version), result.created ? 201 : 200);
  });

  app.delete<VersionParams>('/pacticipants/:pacticipant/versions/:version', async (request, reply) => {
    const { version } = await requireVersion(db, request.params.pacticipant, request.params.version);
    await repo.deleteVersion(db, version.id);
    return reply.code(204).send();
  });

  const latest = async (request: FastifyRequest, name: string, tag?: string) => {
    const p = await requirePacticipant(db, name);
    const row = await repo.latestVersion(db, p.id, { tag });
    if (!row) throw notFound(`latest version of pacticipant "${name}"${tag ? ` with tag "${tag}"` : ''}`);
    return showVersion(db, base(request), p.name, row);
  };
  app.get<{ Params: { pacticipant: string } }>('/pacticipants/:pacticipant/latest-version', async (request, reply) =>
    sendHal(reply, await latest(request, request.params.pacticipant)),
  );
  app.get<{ Params: { pacticipant: string; tag: string } }>('/pacticipants/:pacticipant/latest-version/:tag', async (request, reply) =>
    sendHal(reply, await latest(request, request.params.pacticipant, request.params.tag)),
  );
};
