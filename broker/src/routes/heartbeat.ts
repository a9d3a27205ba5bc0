import type { FastifyPluginAsync } from 'fastify';
import { sendHal } from '../http/hal';

/** `GET /diagnostic/status/heartbeat`: 200 while the process serves requests. */
export const heartbeatRoutes: FastifyPluginAsync = async (app) => {
  app.get('/diagnostic/status/heartbeat', async (_request, reply) => sendHal(reply, { ok: true, _links: {} }));
};
