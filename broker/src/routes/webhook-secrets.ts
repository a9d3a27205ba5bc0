import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal, url } from '../http/hal';
import {
  deleteWebhookSecret,
  listWebhookSecrets,
  saveWebhookSecret,
  type WebhookSecretRow,
} from '../storage/repositories/webhook-secrets';
import { sealSecret, secretsKeyOf } from '../webhooks/secret-box';
import { SECRET_NAME } from '../webhooks/user-secrets';
import { objectBody } from './lookups';

type NameRequest = FastifyRequest<{ Params: { name: string } }>;

// Never the value: a secret is only ever decrypted to send a webhook.
function secretJson(
  base: string,
  row: Pick<WebhookSecretRow, 'name' | 'created_at' | 'updated_at'>,
): Record<string, unknown> {
  return {
    name: row.name,
    template: `\${user.${row.name}}`,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    _links: { self: { href: url(base, 'admin', 'secrets', row.name) } },
  };
}

async function save(broker: BrokerContext, request: NameRequest, reply: FastifyReply) {
  const { name } = request.params;
  const body = objectBody(request.body);
  const errors: Record<string, string[]> = {};
  if (!SECRET_NAME.test(name)) errors.name = ['must be 1 to 100 letters, digits, - or _'];
  if (typeof body.value !== 'string' || body.value === '') errors.value = ['must be a non-empty string'];
  if (!broker.options.secretsKey)
    errors.value = [
      ...(errors.value ?? []),
      'cannot be stored: the broker has no secrets key (set TREATY_BROKER_SECRETS_KEY)',
    ];
  if (Object.keys(errors).length) throw invalid('save webhook secret', errors);
  const sealed = sealSecret(secretsKeyOf(broker.options.secretsKey as string), body.value as string);
  const created = await saveWebhookSecret(broker.db, name, sealed);
  const row = (await listWebhookSecrets(broker.db)).find((r) => r.name === name);
  if (!row) throw notFound(`webhook secret "${name}" (it was deleted meanwhile)`);
  return sendHal(reply, secretJson(baseUrlOf(request, broker.options), row), created ? 201 : 200);
}

/**
 * `/admin/secrets` (admin role): webhook secrets used as `${user.NAME}` in templates, stored encrypted, never returned.
 */
export const webhookSecretRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.put('/admin/secrets/:name', (request: NameRequest, reply) => save(broker, request, reply));
  app.get('/admin/secrets', async (request, reply) => {
    const base = baseUrlOf(request, broker.options);
    const rows = await listWebhookSecrets(broker.db);
    return sendHal(reply, {
      _embedded: { secrets: rows.map((row) => secretJson(base, row)) },
      _links: { self: { href: url(base, 'admin', 'secrets') } },
    });
  });
  app.delete('/admin/secrets/:name', async (request: NameRequest, reply) => {
    if (!(await deleteWebhookSecret(broker.db, request.params.name)))
      throw notFound(`webhook secret "${request.params.name}"`);
    return reply.code(204).send();
  });
};
