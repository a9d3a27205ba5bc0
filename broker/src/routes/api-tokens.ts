import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { ROLES, tokenHash, type AuthRole } from '../http/credentials';
import { sendHal, url } from '../http/hal';
import * as repo from '../storage/repositories/api-tokens';
import { objectBody } from './lookups';

type UuidRequest = FastifyRequest<{ Params: { uuid: string } }>;

const NAME = /^[A-Za-z0-9 ._@:-]{1,100}$/;
const DAY_MS = 86_400_000;

function tokenJson(base: string, row: repo.ApiTokenRow): Record<string, unknown> {
  const expired = row.expires_at !== null && row.expires_at <= new Date().toISOString();
  return {
    uuid: row.uuid,
    name: row.name,
    role: row.role,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    active: row.revoked_at === null && !expired,
    _links: { self: { href: url(base, 'admin', 'tokens', row.uuid) } },
  };
}

function expiryOf(body: Record<string, unknown>, errors: Record<string, string[]>): string | null {
  if (body.expiresAt !== undefined && body.expiresAt !== null) {
    const at = typeof body.expiresAt === 'string' ? Date.parse(body.expiresAt) : NaN;
    if (Number.isNaN(at)) errors.expiresAt = ['must be an ISO-8601 date-time'];
    else if (at <= Date.now()) errors.expiresAt = ['must be in the future'];
    else return new Date(at).toISOString();
  }
  if (body.expiresInDays !== undefined && body.expiresInDays !== null) {
    const days = body.expiresInDays;
    if (typeof days !== 'number' || !(days > 0)) errors.expiresInDays = ['must be a positive number'];
    else return new Date(Date.now() + days * DAY_MS).toISOString();
  }
  return null;
}

async function create(broker: BrokerContext, request: FastifyRequest, reply: FastifyReply) {
  const body = objectBody(request.body);
  const errors: Record<string, string[]> = {};
  if (typeof body.name !== 'string' || !NAME.test(body.name))
    errors.name = ['must be 1 to 100 letters, digits, spaces or . _ @ : -'];
  if (!ROLES.includes(body.role as AuthRole)) errors.role = [`must be one of: ${ROLES.join(', ')}`];
  const expiresAt = expiryOf(body, errors);
  if (typeof body.name === 'string' && !errors.name && (await repo.findActiveTokenByName(broker.db, body.name))) {
    errors.name = ['is already used by an active token; revoke it first or pick another name'];
  }
  if (Object.keys(errors).length) throw invalid('create API token', errors);
  const secret = `treaty_${randomBytes(32).toString('base64url')}`;
  const row = await repo.insertApiToken(broker.db, {
    uuid: randomUUID(),
    name: body.name as string,
    role: body.role as string,
    token_hash: tokenHash(secret),
    created_by: request.principal?.name ?? null,
    expires_at: expiresAt,
  });
  // The secret is shown once, here; only its hash is stored.
  return sendHal(reply, { ...tokenJson(baseUrlOf(request, broker.options), row), token: secret }, 201);
}

async function list(broker: BrokerContext, request: FastifyRequest, reply: FastifyReply) {
  const base = baseUrlOf(request, broker.options);
  const rows = await repo.listApiTokens(broker.db);
  return sendHal(reply, {
    _embedded: { tokens: rows.map((row) => tokenJson(base, row)) },
    _links: { self: { href: url(base, 'admin', 'tokens') } },
  });
}

async function revoke(broker: BrokerContext, request: UuidRequest, reply: FastifyReply) {
  const row = await repo.findApiToken(broker.db, request.params.uuid);
  if (!row) throw notFound(`API token "${request.params.uuid}"`);
  await repo.revokeApiToken(broker.db, row.uuid);
  return reply.code(204).send();
}

/**
 * `/admin/tokens` (admin role): create named API tokens with a role and optional expiry, list them, revoke them at
 * once.
 */
export const apiTokenRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.post('/admin/tokens', (request, reply) => create(broker, request, reply));
  app.get('/admin/tokens', (request, reply) => list(broker, request, reply));
  app.delete('/admin/tokens/:uuid', (request: UuidRequest, reply) => revoke(broker, request, reply));
};
