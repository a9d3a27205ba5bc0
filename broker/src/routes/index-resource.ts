import type { FastifyPluginAsync } from 'fastify';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { indexLinks } from '../domain/index-links';

/** `GET /`: the index of relations every Pact client starts from. */
export const indexRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async (request, reply) =>
    sendHal(reply, { _links: indexLinks(baseUrlOf(request, app.broker.options)) }),
  );
};
