import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isWrite } from '../http/auth';
import { appendAudit } from '../storage/repositories/audit-log';

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0].slice(0, 2000);
}

/**
 * Record every write (who, which token, what, when, from where, with what outcome) in the `audit_log` table,
 * refused ones included, before the answer is sent so that a client reading the log after its write finds it.
 * A failure to write the entry is logged, never turned into a failed request.
 */
export function installAudit(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isWrite(request.method, pathOf(request))) return payload;
    const principal = request.principal;
    try {
      await appendAudit(app.broker.db, {
        at: new Date().toISOString(),
        principal: principal?.name ?? 'anonymous',
        token_uuid: principal?.tokenUuid ?? null,
        role: principal?.role ?? null,
        method: request.method,
        path: pathOf(request),
        status: reply.statusCode,
        remote_address: request.ip ?? null,
        request_id: String(request.id),
      });
    } catch (error) {
      request.log.error({ err: error }, 'failed to write the audit log entry');
    }
    return payload;
  });
}
