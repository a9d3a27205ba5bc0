import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { links } from '../hal/links';
import { triggeredStatus, triggeredWebhookJson, type TriggeringWebhook } from '../hal/triggered-webhook-json';
import { executionJson } from '../hal/webhook-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal, url } from '../http/hal';
import {
  executionsOfDelivery,
  findDelivery,
  recentDeliveries,
  type DeliveryRow,
} from '../storage/repositories/webhook-deliveries';
import { definitionOf, findWebhook } from '../storage/repositories/webhooks';
import type { WebhookEventContext } from '../webhooks/template-parameters';
import { requirePacticipant, requireVersion } from './lookups';

type PairParams = { provider: string; consumer: string; version?: string; sha?: string; number?: string };
type PairRequest = FastifyRequest<{ Params: PairParams }>;

/** Deliveries whose event context matches every given field, newest first. */
async function deliveriesFor(broker: BrokerContext, match: Partial<WebhookEventContext>): Promise<DeliveryRow[]> {
  const rows = await recentDeliveries(broker.db);
  return rows.filter((row) => {
    const context = JSON.parse(row.context) as Record<string, unknown>;
    return Object.entries(match).every(([key, value]) => value === undefined || context[key] === value);
  });
}

async function webhookOf(broker: BrokerContext, uuid: string): Promise<TriggeringWebhook | undefined> {
  const row = await findWebhook(broker.db, uuid);
  return row ? definitionOf(row) : undefined;
}

async function render(broker: BrokerContext, request: FastifyRequest, rows: DeliveryRow[]) {
  const base = baseUrlOf(request, broker.options);
  const maxAttempts = broker.options.webhooks?.maxAttempts ?? 6;
  return Promise.all(
    rows.map(async (row) => triggeredWebhookJson(base, row, await webhookOf(broker, row.webhook_uuid), maxAttempts)),
  );
}

/** Webhooks triggered by publishing a consumer version's pact, or by one verification result. */
async function triggeredBy(broker: BrokerContext, request: PairRequest, reply: FastifyReply) {
  const { provider, consumer, version, sha, number } = request.params;
  await requirePacticipant(broker.db, provider);
  if (version !== undefined) await requireVersion(broker.db, consumer, version);
  const match =
    version !== undefined
      ? {
          consumerName: consumer,
          providerName: provider,
          consumerVersionNumber: version,
          verificationNumber: undefined,
        }
      : { consumerName: consumer, providerName: provider, pactSha: sha, verificationNumber: Number(number) };
  const rows = (await deliveriesFor(broker, match)).filter(
    (row) => version === undefined || !row.event_name.startsWith('provider_verification'),
  );
  return sendHal(reply, {
    _embedded: { triggeredWebhooks: await render(broker, request, rows) },
    _links: {
      self: {
        title: 'Webhooks triggered by the publication',
        href: `${baseUrlOf(request, broker.options)}${request.url}`,
      },
    },
  });
}

/**
 * `GET /pacts/provider/{p}/consumer/{c}/webhooks/status`: the latest delivery of each webhook for the pair, and a
 * summary.
 */
async function pactWebhooksStatus(broker: BrokerContext, request: PairRequest, reply: FastifyReply) {
  const provider = await requirePacticipant(broker.db, request.params.provider);
  const consumer = await requirePacticipant(broker.db, request.params.consumer);
  const seen = new Set<string>();
  const latest = (await deliveriesFor(broker, { consumerName: consumer.name, providerName: provider.name })).filter(
    (row) => !seen.has(row.webhook_uuid) && seen.add(row.webhook_uuid),
  );
  const count = (status: string) => latest.filter((row) => triggeredStatus(row) === status).length;
  const base = baseUrlOf(request, broker.options);
  return sendHal(reply, {
    summary: {
      successful: count('success'),
      failed: count('failure'),
      retrying: count('retrying'),
      notRun: count('not_run'),
    },
    _embedded: { triggeredWebhooks: await render(broker, request, latest) },
    _links: {
      self: { href: `${base}${request.url}`, title: 'Webhooks status' },
      'pb:consumer': { href: links.pacticipant(base, consumer.name), title: 'Consumer', name: consumer.name },
      'pb:provider': { href: links.pacticipant(base, provider.name), title: 'Provider', name: provider.name },
      'pb:pact-webhooks': {
        href: url(base, 'pacts', 'provider', provider.name, 'consumer', consumer.name, 'webhooks'),
        title: 'Webhooks for the pact',
      },
    },
  });
}

async function logs(broker: BrokerContext, request: FastifyRequest<{ Params: { uuid: string } }>, reply: FastifyReply) {
  const delivery = await findDelivery(broker.db, request.params.uuid);
  if (!delivery) throw notFound(`triggered webhook "${request.params.uuid}"`);
  const executions = (await executionsOfDelivery(broker.db, delivery.id)).map(executionJson);
  const text = executions
    .map(
      (e) =>
        `${e.createdAt} attempt ${e.attempt}: ${e.success ? 'success' : 'failure'} ` +
        (e.response ? `(HTTP ${(e.response as { status: number }).status})` : (e.error ?? '')),
    )
    .join('\n');
  const base = baseUrlOf(request, broker.options);
  return sendHal(reply, {
    logs: text,
    _embedded: { executions },
    _links: {
      self: { href: url(base, 'triggered-webhooks', delivery.uuid, 'logs'), title: 'Webhook execution logs' },
      'pb:webhook': { href: url(base, 'webhooks', delivery.webhook_uuid) },
    },
  });
}

const PAIR = '/pacts/provider/:provider/consumer/:consumer';

/** Triggered webhooks: per publication, per verification result, a pair's webhook status, and each delivery's logs. */
export const triggeredWebhookRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.get(`${PAIR}/version/:version/triggered-webhooks`, (request: PairRequest, reply) =>
    triggeredBy(broker, request, reply),
  );
  app.get(`${PAIR}/pact-version/:sha/verification-results/:number/triggered-webhooks`, (request: PairRequest, reply) =>
    triggeredBy(broker, request, reply),
  );
  app.get(`${PAIR}/webhooks/status`, (request: PairRequest, reply) => pactWebhooksStatus(broker, request, reply));
  app.get('/triggered-webhooks/:uuid/logs', (request: FastifyRequest<{ Params: { uuid: string } }>, reply) =>
    logs(broker, request, reply),
  );
};
