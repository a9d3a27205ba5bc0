import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

const VALID_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify options that take the request id from `X-Request-Id` (when sane) or make a UUID (logged as `reqId` on every
 * line).
 */
export const requestIdOptions: Pick<FastifyServerOptions, 'genReqId'> = {
  genReqId: (request) => {
    const given = request.headers['x-request-id'];
    return typeof given === 'string' && VALID_ID.test(given) ? given : randomUUID();
  },
};

/** Echo the request id back so callers can quote it. */
export function installRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
