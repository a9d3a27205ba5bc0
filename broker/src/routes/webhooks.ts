import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { executionJson, webhookJson } from '../hal/webhook-json';
import { baseUrlOf } from '../http/broker-context';
import { sendHal, url } from '../http/hal';
import { executionsOf } from '../storage/repositories/webhook-deliveries';
import { definitionOf, deleteWebhook, findWebhook, listWebhooks, saveWebhook } from '../storage/repositories/webhooks';
import { assertAllowed } from '../webhooks/allow-list';
import { deliverySettings } from '../webhooks/install-webhooks';
import { renderRequest } from '../webhooks/render-request';
import { sampleContext } from '../webhooks/sample-context';
import { sendWebhook } from '../webhooks/send-webhook';
import { templateParameters } from '../webhooks/template-parameters';
import { parseWebhookDefinition } from '../webhooks/webhook-definition';
import { objectBody } from './lookups';

type UuidParams = { Params: { uuid: string } };

/** `/webhooks`: create, list, read, replace, delete, test-execute and read execution logs of webhooks. */
export const webhookRoutes: FastifyPluginAsync = async (app) => {
  const { db, options } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, options);
  const settings = deliverySettings(app, options);
  const parse = (body: unknown) => {
    const def = parseWebhookDefinition(objectBody(body));
    assertAllowed(def.request, settings.lists);
    return def;
  };
  const require = async (uuid: string) => {
    const row = await findWebhook(db, uuid);
    if (!row) throw notFound(`webhook "${uuid}"`);
    return row;
  };

  app.post('/webhooks', async (request, reply) => {
    const { row } = await saveWebhook(db, randomUUID(), parse(request.body));
    reply.header('location', url(base(request), 'webhooks', row.uuid));
    return sendHal(reply, webhookJson(base(request), row), 201);
  });
  // The Pact Broker's scoped creation paths (the official CLI's create-webhook posts here).
  const scoped = async (request: FastifyRequest<{ Params: { provider?: string; consumer?: string } }>, reply: FastifyReply) => {
    const { provider, consumer } = request.params;
    const body = { ...objectBody(request.body), ...(provider ? { provider: { name: provider } } : {}), ...(consumer ? { consumer: { name: consumer } } : {}) };
    const { row } = await saveWebhook(db, randomUUID(), parse(body));
    reply.header('location', url(base(request), 'webhooks', row.uuid));
    return sendHal(reply, webhookJson(base(request), row), 201);
  };
  app.post('/webhooks/provider/:provider/consumer/:consumer', scoped);
  app.post('/webhooks/provider/:provider', scoped);
  app.post('/webhooks/consumer/:consumer', scoped);
  app.get('/webhooks', async (request, reply) => {
    const rows = await listWebhooks(db);
    const b = base(request);
    return sendHal(reply, {
      _embedded: { webhooks: rows.map((row) => webhookJson(b, row)) },
      _links: { self: { title: 'Webhooks', href: url(b, 'webhooks') }, 'pb:webhooks': rows.map((row) => ({ title: row.description ?? 'Webhook', name: row.description ?? row.uuid, href: url(b, 'webhooks', row.uuid) })) },
    });
  });
  app.get<UuidParams>('/webhooks/:uuid', async (request, reply) => sendHal(reply, webhookJson(base(request), await require(request.params.uuid))));
  app.put<UuidParams>('/webhooks/:uuid', async (request, reply) => {
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(request.params.uuid)) throw invalid('save webhook', { uuid: ['must be 8 to 64 letters, digits, - or _'] });
    const { row, created } = await saveWebhook(db, request.params.uuid, parse(request.body));
    return sendHal(reply, webhookJson(base(request), row), created ? 201 : 200);
  });
  app.delete<UuidParams>('/webhooks/:uuid', async (request, reply) => {
    if (!(await deleteWebhook(db, request.params.uuid))) throw notFound(`webhook "${request.params.uuid}"`);
    return reply.code(204).send();
  });
  app.post<UuidParams>('/webhooks/:uuid/execute', async (request, reply) => {
    const def = definitionOf(await require(request.params.uuid));
    const rendered = renderRequest(def.request, templateParameters(await sampleContext(db, def), base(request)));
    assertAllowed(rendered, settings.lists);
    const result = await sendWebhook(rendered, settings.timeoutMs);
    return sendHal(reply, {
      success: result.success,
      request: rendered,
      response: result.status === undefined ? null : { status: result.status, body: result.body },
      error: result.error,
      _links: { webhook: { href: url(base(request), 'webhooks', request.params.uuid) } },
    });
  });
  app.get<UuidParams>('/webhooks/:uuid/executions', async (request, reply) => {
    await require(request.params.uuid);
    const rows = await executionsOf(db, request.params.uuid);
    const self = url(base(request), 'webhooks', request.params.uuid, 'executions');
    return sendHal(reply, { _embedded: { executions: rows.map(executionJson) }, _links: { self: { href: self } } });
  });
};
