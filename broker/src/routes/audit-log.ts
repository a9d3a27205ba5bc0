import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { invalid } from '../errors';
import { baseUrlOf } from '../http/broker-context';
import { sendHal, url } from '../http/hal';
import { listAudit, type AuditRow } from '../storage/repositories/audit-log';

type AuditRequest = FastifyRequest<{ Querystring: { limit?: string; before?: string } }>;

function entryJson(row: AuditRow): Record<string, unknown> {
  return {
    id: Number(row.id),
    at: row.at,
    principal: row.principal,
    tokenUuid: row.token_uuid,
    role: row.role,
    method: row.method,
    path: row.path,
    status: Number(row.status),
    remoteAddress: row.remote_address,
    requestId: row.request_id,
  };
}

function positive(value: string | undefined, field: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw invalid('read the audit log', { [field]: ['must be a positive integer'] });
  return n;
}

/**
 * `GET /admin/audit` (admin role): the audit log of writes, newest first, paged with `limit` (max 1000) and `before`
 * (an id).
 */
export const auditLogRoutes: FastifyPluginAsync = async (app) => {
  app.get('/admin/audit', async (request: AuditRequest, reply) => {
    const limit = Math.min(1000, positive(request.query.limit, 'limit', 100) as number);
    const before = positive(request.query.before, 'before');
    const rows = await listAudit(app.broker.db, { limit, before });
    const base = baseUrlOf(request, app.broker.options);
    const links: Record<string, unknown> = { self: { href: url(base, 'admin', 'audit') } };
    if (rows.length === limit)
      links.next = { href: `${url(base, 'admin', 'audit')}?limit=${limit}&before=${rows[rows.length - 1].id}` };
    return sendHal(reply, { _embedded: { entries: rows.map(entryJson) }, _links: links });
  });
};
