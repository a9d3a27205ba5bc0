import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { links } from '../hal/links';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { requirePacticipant } from './lookups';

type NamedRequest = FastifyRequest<{ Params: { pacticipant: string } }>;

/**
 * `GET /pacticipants/{p}/repository-url` (`pb:pacticipant-repository-url`): the pacticipant's repository, null when
 * unknown.
 */
export const repositoryUrlRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.get('/pacticipants/:pacticipant/repository-url', async (request: NamedRequest, reply) => {
    const row = await requirePacticipant(broker.db, request.params.pacticipant);
    const base = baseUrlOf(request, broker.options);
    return sendHal(reply, {
      repositoryUrl: row.repository_url ?? null,
      repositoryName: row.repository_name ?? null,
      repositoryNamespace: row.repository_namespace ?? null,
      _links: {
        self: { href: `${links.pacticipant(base, row.name)}/repository-url`, title: `Repository URL of ${row.name}` },
        'pb:pacticipant': { href: links.pacticipant(base, row.name), name: row.name, title: 'Pacticipant' },
      },
    });
  });
};
