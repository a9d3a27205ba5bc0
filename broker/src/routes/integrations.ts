import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { dashboardItemJson, integrationJson } from '../hal/integration-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { integrationSummaries } from '../services/integration-summaries';
import { deleteIntegration } from '../storage/repositories/integrations';
import { requirePacticipant } from './lookups';

type PairRequest = FastifyRequest<{ Params: { provider: string; consumer: string } }>;

async function pairSummary(broker: BrokerContext, request: PairRequest) {
  const provider = await requirePacticipant(broker.db, request.params.provider);
  const consumer = await requirePacticipant(broker.db, request.params.consumer);
  const summary = (await integrationSummaries(broker.db, consumer.id)).find(
    (s) => s.integration.provider_id === provider.id,
  );
  if (!summary) throw notFound(`integration between ${consumer.name} and ${provider.name}`);
  return summary;
}

async function list(broker: BrokerContext, request: FastifyRequest, reply: FastifyReply) {
  const base = baseUrlOf(request, broker.options);
  const integrations = (await integrationSummaries(broker.db)).map((summary) => integrationJson(base, summary));
  return sendHal(reply, { _embedded: { integrations }, _links: { self: { href: `${base}/integrations` } } });
}

async function remove(broker: BrokerContext, request: PairRequest, reply: FastifyReply) {
  const provider = await requirePacticipant(broker.db, request.params.provider);
  const consumer = await requirePacticipant(broker.db, request.params.consumer);
  const pair = { consumerId: consumer.id, providerId: provider.id, consumer: consumer.name, provider: provider.name };
  if (!(await deleteIntegration(broker.db, pair)))
    throw notFound(`integration between ${consumer.name} and ${provider.name}`);
  return reply.code(204).send();
}

async function dashboard(
  broker: BrokerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  pair?: PairRequest['params'],
) {
  const base = baseUrlOf(request, broker.options);
  const summaries = pair ? [await pairSummary(broker, request as PairRequest)] : await integrationSummaries(broker.db);
  return sendHal(reply, {
    items: summaries.map((s) => dashboardItemJson(base, s)),
    _links: { self: { href: `${base}${request.url}` } },
  });
}

/**
 * Integrations (with verification status), one integration (GET, DELETE), and the dashboard of latest pacts and
 * results.
 */
export const integrationRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  const pairPath = '/integrations/provider/:provider/consumer/:consumer';
  app.get('/integrations', (request, reply) => list(broker, request, reply));
  app.get(pairPath, async (request: PairRequest, reply) =>
    sendHal(reply, integrationJson(baseUrlOf(request, broker.options), await pairSummary(broker, request))),
  );
  app.delete(pairPath, (request: PairRequest, reply) => remove(broker, request, reply));
  app.get('/dashboard', (request, reply) => dashboard(broker, request, reply));
  app.get('/dashboard/provider/:provider/consumer/:consumer', (request: PairRequest, reply) =>
    dashboard(broker, request, reply, request.params),
  );
};
