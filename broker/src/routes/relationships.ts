import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { groupOf, relationshipsCsv, type Relationship } from '../domain/relationships-csv';
import { invalid } from '../errors';
import { integrationLinks, links } from '../hal/links';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { listIntegrations } from '../storage/repositories/integrations';
import { requirePacticipant } from './lookups';

type GroupRequest = FastifyRequest<{ Params: { pacticipant: string }; Querystring: { maxPacticipants?: string } }>;

async function allRelationships(broker: BrokerContext): Promise<Relationship[]> {
  return (await listIntegrations(broker.db)).map((i) => ({
    consumerId: i.consumer_id,
    consumerName: i.consumer_name,
    providerId: i.provider_id,
    providerName: i.provider_name,
  }));
}

/** CSV as the Pact Broker serves it, unless the client asks for JSON: then the same relationships as HAL. */
function answer(request: FastifyRequest, reply: FastifyReply, broker: BrokerContext, relationships: Relationship[]) {
  if (!/application\/(hal\+)?json/.test(request.headers.accept ?? ''))
    return reply.type('text/csv; charset=utf-8').send(relationshipsCsv(relationships));
  const base = baseUrlOf(request, broker.options);
  return sendHal(reply, {
    relationships: relationships.map((r) => ({
      consumer: { name: r.consumerName, _links: { self: { href: links.pacticipant(base, r.consumerName) } } },
      provider: { name: r.providerName, _links: { self: { href: links.pacticipant(base, r.providerName) } } },
      _links: {
        'pb:latest-pact': { href: links.latestPact(base, r.providerName, r.consumerName) },
        'pb:group': { href: integrationLinks.group(base, r.consumerName) },
      },
    })),
    _links: { self: { href: `${base}${request.url}` } },
  });
}

async function group(broker: BrokerContext, request: GroupRequest, reply: FastifyReply) {
  const pacticipant = await requirePacticipant(broker.db, request.params.pacticipant);
  const max = request.query.maxPacticipants;
  if (max !== undefined && !/^[1-9]\d{0,5}$/.test(max))
    throw invalid('find group', { maxPacticipants: ['must be a positive whole number'] });
  return answer(
    request,
    reply,
    broker,
    groupOf(await allRelationships(broker), pacticipant.id, max === undefined ? Infinity : Number(max)),
  );
}

/**
 * `/relationships` (every integration) and `/groups/{pacticipant}` (its connected group): the network of pacticipants.
 */
export const relationshipRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.get('/relationships', async (request, reply) => answer(request, reply, broker, await allRelationships(broker)));
  app.get('/groups/:pacticipant', (request: GroupRequest, reply) => group(broker, request, reply));
};
