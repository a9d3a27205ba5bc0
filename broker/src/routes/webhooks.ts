import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { executionJson, webhookJson } from '../hal/webhook-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal, url } from '../http/hal';
import { executionsOf } from '../storage/repositories/webhook-deliveries';
import {
  definitionOf,
  deleteWebhook,
  findWebhook,
  listWebhooks,
  saveWebhook,
  type WebhookRow,
} from '../storage/repositories/webhooks';
import { assertAllowed } from '../webhooks/allow-list';
import { deliverySettings } from '../webhooks/install-webhooks';
import { maskRequest } from '../webhooks/mask-secrets';
import { renderRequest } from '../webhooks/render-request';
import { sampleContext } from '../webhooks/sample-context';
import { sendWebhook } from '../webhooks/send-webhook';
import { templateParameters } from '../webhooks/template-parameters';
import { userSecretParameters } from '../webhooks/user-secrets';
import { parseWebhookDefinition, type WebhookDefinition } from '../webhooks/webhook-definition';
import { objectBody } from './lookups';

type UuidRequest = FastifyRequest<{ Params: { uuid: string } }>;
type ScopedRequest = FastifyRequest<{ Params: { provider?: string; consumer?: string } }>;

/** What every webhook handler needs: the broker and the delivery settings (allow-lists, timeout). */
interface WebhookContext {
  broker: BrokerContext;
  settings: ReturnType<typeof deliverySettings>;
}

const baseOf = (ctx: WebhookContext, request: FastifyRequest) => baseUrlOf(request, ctx.broker.options);

function parse(ctx: WebhookContext, body: unknown): WebhookDefinition {
  const def = parseWebhookDefinition(objectBody(body));
  assertAllowed(def.request, ctx.settings.lists);
  return def;
}

async function requireWebhook(ctx: WebhookContext, uuid: string): Promise<WebhookRow> {
  const row = await findWebhook(ctx.broker.db, uuid);
  if (!row) throw notFound(`webhook "${uuid}"`);
  return row;
}

async function create(ctx: WebhookContext, request: FastifyRequest, reply: FastifyReply, body: unknown) {
  const { row } = await saveWebhook(ctx.broker.db, randomUUID(), parse(ctx, body));
  reply.header('location', url(baseOf(ctx, request), 'webhooks', row.uuid));
  return sendHal(reply, webhookJson(baseOf(ctx, request), row), 201);
}

// The Pact Broker's scoped creation paths (the official CLI's create-webhook posts here).
async function createScoped(ctx: WebhookContext, request: ScopedRequest, reply: FastifyReply) {
  const { provider, consumer } = request.params;
  return create(ctx, request, reply, {
    ...objectBody(request.body),
    ...(provider ? { provider: { name: provider } } : {}),
    ...(consumer ? { consumer: { name: consumer } } : {}),
  });
}

async function list(ctx: WebhookContext, request: FastifyRequest, reply: FastifyReply) {
  const rows = await listWebhooks(ctx.broker.db);
  const b = baseOf(ctx, request);
  return sendHal(reply, {
    _embedded: { webhooks: rows.map((row) => webhookJson(b, row)) },
    _links: {
      self: { title: 'Webhooks', href: url(b, 'webhooks') },
      'pb:webhooks': rows.map((row) => ({
        title: row.description ?? 'Webhook',
        name: row.description ?? row.uuid,
        href: url(b, 'webhooks', row.uuid),
      })),
    },
  });
}

async function replace(ctx: WebhookContext, request: UuidRequest, reply: FastifyReply) {
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(request.params.uuid))
    throw invalid('save webhook', { uuid: ['must be 8 to 64 letters, digits, - or _'] });
  const { row, created } = await saveWebhook(ctx.broker.db, request.params.uuid, parse(ctx, request.body));
  return sendHal(reply, webhookJson(baseOf(ctx, request), row), created ? 201 : 200);
}

async function remove(ctx: WebhookContext, request: UuidRequest, reply: FastifyReply) {
  if (!(await deleteWebhook(ctx.broker.db, request.params.uuid))) throw notFound(`webhook "${request.params.uuid}"`);
  return reply.code(204).send();
}

async function execute(ctx: WebhookContext, request: UuidRequest, reply: FastifyReply) {
  return executeDefinition(
    ctx,
    request,
    reply,
    definitionOf(await requireWebhook(ctx, request.params.uuid)),
    request.params.uuid,
  );
}

/** Run a webhook once against the latest matching pact or verification; `uuid` is absent for an unsaved one. */
async function executeDefinition(
  ctx: WebhookContext,
  request: FastifyRequest,
  reply: FastifyReply,
  def: WebhookDefinition,
  uuid?: string,
) {
  const params = templateParameters(await sampleContext(ctx.broker.db, def), baseOf(ctx, request));
  const shown = renderRequest(def.request, params);
  assertAllowed(shown, ctx.settings.lists);
  let secrets: Record<string, string>;
  try {
    secrets = await userSecretParameters(ctx.broker.db, ctx.settings.secretsKey, def.request);
  } catch (error) {
    throw invalid('execute webhook', { request: [(error as Error).message] });
  }
  const rendered = renderRequest(def.request, { ...params, ...secrets });
  const result = await sendWebhook(rendered, {
    timeoutMs: ctx.settings.timeoutMs,
    allowPrivate: ctx.settings.lists.allowPrivate,
  });
  return sendHal(reply, {
    success: result.success,
    request: maskRequest(shown),
    response: result.status === undefined ? null : { status: result.status, body: result.body },
    error: result.error,
    _links: uuid ? { webhook: { href: url(baseOf(ctx, request), 'webhooks', uuid) } } : {},
  });
}

async function executions(ctx: WebhookContext, request: UuidRequest, reply: FastifyReply) {
  await requireWebhook(ctx, request.params.uuid);
  const rows = await executionsOf(ctx.broker.db, request.params.uuid);
  const self = url(baseOf(ctx, request), 'webhooks', request.params.uuid, 'executions');
  return sendHal(reply, { _embedded: { executions: rows.map(executionJson) }, _links: { self: { href: self } } });
}

/** `/webhooks`: create, list, read, replace, delete, test-execute and read execution logs of webhooks. */
export const webhookRoutes: FastifyPluginAsync = async (app) => {
  const ctx: WebhookContext = { broker: app.broker, settings: deliverySettings(app, app.broker.options) };
  app.post('/webhooks', (request, reply) => create(ctx, request, reply, request.body));
  for (const path of [
    '/webhooks/provider/:provider/consumer/:consumer',
    '/webhooks/provider/:provider',
    '/webhooks/consumer/:consumer',
  ]) {
    app.post(path, (request: ScopedRequest, reply) => createScoped(ctx, request, reply));
  }
  app.post('/pacts/provider/:provider/consumer/:consumer/webhooks', (request: ScopedRequest, reply) =>
    createScoped(ctx, request, reply),
  );
  app.post('/webhooks/execute', (request, reply) => executeDefinition(ctx, request, reply, parse(ctx, request.body)));
  app.get('/webhooks', (request, reply) => list(ctx, request, reply));
  app.get('/webhooks/:uuid', async (request: UuidRequest, reply) =>
    sendHal(reply, webhookJson(baseOf(ctx, request), await requireWebhook(ctx, request.params.uuid))),
  );
  app.put('/webhooks/:uuid', (request: UuidRequest, reply) => replace(ctx, request, reply));
  app.delete('/webhooks/:uuid', (request: UuidRequest, reply) => remove(ctx, request, reply));
  app.post('/webhooks/:uuid/execute', (request: UuidRequest, reply) => execute(ctx, request, reply));
  app.get('/webhooks/:uuid/executions', (request: UuidRequest, reply) => executions(ctx, request, reply));
};
