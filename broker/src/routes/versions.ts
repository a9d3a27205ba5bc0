import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { links } from '../hal/links';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { addBranchVersion } from '../storage/repositories/branches';
import { ensurePacticipant } from '../storage/repositories/pacticipants';
import { addTag } from '../storage/repositories/tags';
import * as repo from '../storage/repositories/versions';
import { objectBody, requirePacticipant, requireVersion, stringFieldErrors } from './lookups';
import { showVersion } from './version-view';

type PacticipantRequest = FastifyRequest<{
  Params: { pacticipant: string; tag?: string };
  Querystring: { size?: string };
}>;
type VersionRequest = FastifyRequest<{ Params: { pacticipant: string; version: string } }>;

async function listVersions(broker: BrokerContext, request: PacticipantRequest, reply: FastifyReply) {
  const base = baseUrlOf(request, broker.options);
  const p = await requirePacticipant(broker.db, request.params.pacticipant);
  const size = Math.min(Math.max(Number(request.query.size) || 100, 1), 1000);
  const versions = await Promise.all(
    (await repo.listVersions(broker.db, p.id, size)).map((row) => showVersion(broker.db, base, p.name, row)),
  );
  return sendHal(reply, {
    _embedded: { versions },
    _links: {
      self: { href: links.versions(base, p.name) },
      'pb:pacticipant': { name: p.name, href: links.pacticipant(base, p.name) },
    },
  });
}

async function getVersion(broker: BrokerContext, request: VersionRequest, reply: FastifyReply) {
  const { version } = await requireVersion(broker.db, request.params.pacticipant, request.params.version);
  return sendHal(
    reply,
    await showVersion(broker.db, baseUrlOf(request, broker.options), request.params.pacticipant, version),
  );
}

function versionBody(request: VersionRequest): { branch?: string; buildUrl?: string; tags: string[] } {
  const body = objectBody(request.body);
  const errors = stringFieldErrors(body, ['branch', 'buildUrl']);
  if (body.branch === '') errors.branch = ['must not be blank'];
  if (body.tags !== undefined && (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string')))
    errors.tags = ['must be an array of strings'];
  if (Object.keys(errors).length) throw invalid(`create version "${request.params.version}"`, errors);
  return {
    branch: typeof body.branch === 'string' ? body.branch : undefined,
    buildUrl: (body.buildUrl as string | undefined) ?? undefined,
    tags: (body.tags as string[] | undefined) ?? [],
  };
}

async function putVersion(broker: BrokerContext, request: VersionRequest, reply: FastifyReply) {
  const body = versionBody(request);
  const result = await broker.db.transaction(async (tx) => {
    const p = await ensurePacticipant(tx, request.params.pacticipant);
    const { version, created } = await repo.ensureVersion(tx, p.id, request.params.version, body.buildUrl);
    if (body.branch !== undefined) await addBranchVersion(tx, p.id, body.branch, version.id);
    for (const tag of body.tags) await addTag(tx, version.id, tag);
    return { p, version, created };
  });
  return sendHal(
    reply,
    await showVersion(broker.db, baseUrlOf(request, broker.options), result.p.name, result.version),
    result.created ? 201 : 200,
  );
}

async function deleteVersion(broker: BrokerContext, request: VersionRequest, reply: FastifyReply) {
  const { version } = await requireVersion(broker.db, request.params.pacticipant, request.params.version);
  await repo.deleteVersion(broker.db, version.id);
  return reply.code(204).send();
}

async function latestVersion(broker: BrokerContext, request: PacticipantRequest, reply: FastifyReply) {
  const { pacticipant: name, tag } = request.params;
  const p = await requirePacticipant(broker.db, name);
  const row = await repo.latestVersion(broker.db, p.id, { tag });
  if (!row) throw notFound(`latest version of pacticipant "${name}"${tag ? ` with tag "${tag}"` : ''}`);
  return sendHal(reply, await showVersion(broker.db, baseUrlOf(request, broker.options), p.name, row));
}

/** `/pacticipants/{p}/versions[/{v}]` and `/pacticipants/{p}/latest-version[/{tag}]`. */
export const versionRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.get('/pacticipants/:pacticipant/versions', (request: PacticipantRequest, reply) =>
    listVersions(broker, request, reply),
  );
  app.get('/pacticipants/:pacticipant/versions/:version', (request: VersionRequest, reply) =>
    getVersion(broker, request, reply),
  );
  app.put('/pacticipants/:pacticipant/versions/:version', (request: VersionRequest, reply) =>
    putVersion(broker, request, reply),
  );
  app.delete('/pacticipants/:pacticipant/versions/:version', (request: VersionRequest, reply) =>
    deleteVersion(broker, request, reply),
  );
  app.get('/pacticipants/:pacticipant/latest-version', (request: PacticipantRequest, reply) =>
    latestVersion(broker, request, reply),
  );
  app.get('/pacticipants/:pacticipant/latest-version/:tag', (request: PacticipantRequest, reply) =>
    latestVersion(broker, request, reply),
  );
};
