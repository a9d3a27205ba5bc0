import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { webhookJson } from '../hal/webhook-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal, url } from '../http/hal';
import { webhooksScopedTo } from '../storage/repositories/webhooks';
import { getOnPaths } from './get-on-paths';
import { requirePacticipant } from './lookups';

type ScopedRequest = FastifyRequest<{ Params: { provider?: string; consumer?: string } }>;

/** Webhooks scoped to a consumer and/or provider (both given for a pact's webhooks), as the Pact Broker lists them. */
async function scopedList(broker: BrokerContext, request: ScopedRequest, reply: FastifyReply) {
  const { provider, consumer } = request.params;
  if (provider !== undefined) await requirePacticipant(broker.db, provider);
  if (consumer !== undefined) await requirePacticipant(broker.db, consumer);
  const base = baseUrlOf(request, broker.options);
  const rows = await webhooksScopedTo(broker.db, { provider, consumer });
  const scope = [provider && `provider ${provider}`, consumer && `consumer ${consumer}`].filter(Boolean).join(' and ');
  return sendHal(reply, {
    _embedded: { webhooks: rows.map((row) => webhookJson(base, row)) },
    _links: {
      self: { title: `Webhooks for ${scope}`, href: `${base}${request.url}` },
      'pb:webhooks': rows.map((row) => ({
        title: row.description ?? 'Webhook',
        name: row.description ?? row.uuid,
        href: url(base, 'webhooks', row.uuid),
      })),
      'pb:create': { title: 'Create a webhook with this scope (POST)', href: `${base}${request.url}` },
    },
  });
}

/** `GET` of the scoped webhook paths (`POST` to them creates, in `webhooks.ts`) and of a pact's webhooks. */
export const scopedWebhookRoutes: FastifyPluginAsync = async (app) => {
  const paths = [
    '/webhooks/provider/:provider/consumer/:consumer',
    '/webhooks/provider/:provider',
    '/webhooks/consumer/:consumer',
    '/pacts/provider/:provider/consumer/:consumer/webhooks',
  ];
  getOnPaths(app, paths, scopedList);
};
