import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { links } from '../hal/links';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { ensurePacticipant } from '../storage/repositories/pacticipants';
import * as repo from '../storage/repositories/tags';
import { ensureVersion } from '../storage/repositories/versions';
import { requireVersion } from './lookups';

type TagParams = { Params: { pacticipant: string; version: string; tag: string } };

/** `/pacticipants/{p}/versions/{v}/tags/{t}`: create (with the version), show, delete. */
export const tagRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, app.broker.options);
  const tagJson = (request: FastifyRequest<TagParams>, createdAt: string) => {
    const { pacticipant, version, tag } = request.params;
    return {
      name: tag,
      createdAt,
      _links: {
        self: { title: 'Tag', name: tag, href: links.tag(base(request), pacticipant, version, tag) },
        'pb:version': { title: 'Version', name: version, href: links.version(base(request), pacticipant, version) },
        'pb:pacticipant': {
          title: 'Pacticipant',
          name: pacticipant,
          href: links.pacticipant(base(request), pacticipant),
        },
      },
    };
  };

  app.put<TagParams>('/pacticipants/:pacticipant/versions/:version/tags/:tag', async (request, reply) => {
    const { pacticipant, version, tag } = request.params;
    const created = await db.transaction(async (tx) => {
      const p = await ensurePacticipant(tx, pacticipant);
      const v = (await ensureVersion(tx, p.id, version)).version;
      return repo.addTag(tx, v.id, tag);
    });
    const { version: row } = await requireVersion(db, pacticipant, version);
    const found = await repo.findTag(db, row.id, tag);
    return sendHal(reply, tagJson(request, found?.created_at ?? new Date().toISOString()), created ? 201 : 200);
  });
  app.get<TagParams>('/pacticipants/:pacticipant/versions/:version/tags/:tag', async (request, reply) => {
    const { version } = await requireVersion(db, request.params.pacticipant, request.params.version);
    const found = await repo.findTag(db, version.id, request.params.tag);
    if (!found) throw notFound(`tag "${request.params.tag}" of version "${version.number}"`);
    return sendHal(reply, tagJson(request, found.created_at));
  });
  app.delete<TagParams>('/pacticipants/:pacticipant/versions/:version/tags/:tag', async (request, reply) => {
    const { version } = await requireVersion(db, request.params.pacticipant, request.params.version);
    if (!(await repo.removeTag(db, version.id, request.params.tag)))
      throw notFound(`tag "${request.params.tag}" of version "${version.number}"`);
    return reply.code(204).send();
  });
};
