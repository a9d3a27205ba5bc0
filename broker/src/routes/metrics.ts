import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { sendHal } from '../http/hal';
import { brokerMetrics } from '../services/broker-metrics';
import { deliveryCounts } from '../storage/repositories/webhook-deliveries';

async function count(db: import('../storage/database').Database, table: string): Promise<number> {
  return Number((await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n ?? 0);
}

/** True when the client asks for JSON (as Pact Broker clients do); Prometheus scrapers ask for text. */
function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return /application\/(hal\+)?json/.test(accept) && !/^\s*text\/plain/.test(accept);
}

/**
 * `GET /metrics`: the Pact Broker's JSON metrics for clients that ask for JSON; otherwise (and always at
 * `/metrics/prometheus`)
 * Prometheus text with request series, stored contracts and the webhook queue.
 */
export const metricsRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const prometheus = async (reply: FastifyReply) => {
    const lines = app.requestMetrics ? app.requestMetrics.lines() : [];
    const gauge = (name: string, help: string, values: [string, number][]) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
      for (const [labels, value] of values) lines.push(`${name}${labels} ${value}`);
    };
    gauge('treaty_broker_pacticipants', 'Pacticipants stored.', [['', await count(db, 'pacticipants')]]);
    gauge('treaty_broker_pact_publications', 'Pacts published (consumer version x provider).', [
      ['', await count(db, 'pact_publications')],
    ]);
    gauge('treaty_broker_pact_versions', 'Distinct pact contents stored.', [['', await count(db, 'pact_versions')]]);
    gauge('treaty_broker_verifications', 'Verification results stored.', [['', await count(db, 'verifications')]]);
    const queue = await deliveryCounts(db);
    gauge(
      'treaty_broker_webhook_deliveries',
      'Webhook deliveries by status (pending + delivering = queue depth).',
      ['pending', 'delivering', 'succeeded', 'failed'].map((s) => [`{status="${s}"}`, queue[s] ?? 0]),
    );
    gauge('treaty_broker_webhook_queue_depth', 'Webhook deliveries waiting or in flight.', [
      ['', (queue.pending ?? 0) + (queue.delivering ?? 0)],
    ]);
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(`${lines.join('\n')}\n`);
  };
  app.get('/metrics', async (request, reply) =>
    wantsJson(request) ? sendHal(reply, await brokerMetrics(db)) : prometheus(reply),
  );
  app.get('/metrics/prometheus', async (_request, reply) => prometheus(reply));
};
