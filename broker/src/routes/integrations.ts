import type { FastifyPluginAsync } from 'fastify';
import { links } from '../hal/links';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';

/** `GET /integrations`: every consumer/provider pair that has a pact. */
export const integrationRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  app.get('/integrations', async (request, reply) => {
    const rows = await db.all<{ consumer: string; provider: string }>(
      `SELECT DISTINCT c.name AS consumer, p.name AS provider FROM pact_versions pv
       JOIN pacticipants c ON c.id = pv.consumer_id JOIN pacticipants p ON p.id = pv.provider_id ORDER BY c.name, p.name`,
    );
    const base = baseUrlOf(request, app.broker.options);
    const integrations = rows.map((row) => ({
      consumer: { name: row.consumer, _links: { self: { href: links.pacticipant(base, row.consumer) } } },
      provider: { name: row.provider, _links: { self: { href: links.pacticipant(base, row.provider) } } },
      _links: { 'pb:latest-pact': { href: links.latestPact(base, row.provider, row.consumer) } },
    }));
    return sendHal(reply, { _embedded: { integrations }, _links: { self: { href: `${base}/integrations` } } });
  });
};
