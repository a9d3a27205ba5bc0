import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isTreatyError, type TreatyError } from '@treaty/core';
import { brokerErrors, errorStatus, type BrokerErrorCode } from '../errors';

/** The JSON body of every error answer: ours plus the Pact Broker's `errors` where clients read it. */
export function errorBody(error: TreatyError): Record<string, unknown> {
  const body: Record<string, unknown> = { error: { code: error.code, message: error.message } };
  const fieldErrors = error.details.errors;
  body.errors = fieldErrors && typeof fieldErrors === 'object' ? fieldErrors : { base: [error.message] };
  for (const key of ['diff', 'notices'] as const) if (error.details[key] !== undefined) body[key] = error.details[key];
  return body;
}

// PostgreSQL data exceptions caused by the request's values (NUL bytes, out-of-range numbers, ...): a client error, not a crash.
const PG_DATA_EXCEPTIONS = new Set(['22001', '22003', '22021', '22P02', '22P05', '54000']);

function fromFastifyError(error: FastifyError, bodyLimit?: number): TreatyError | undefined {
  if (typeof error.code === 'string' && PG_DATA_EXCEPTIONS.has(error.code)) {
    return brokerErrors.TREATY_BROKER_INVALID_BODY([`a value in the request cannot be stored (${error.message})`]);
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return brokerErrors.TREATY_BROKER_BODY_TOO_LARGE([String(bodyLimit ?? 'the limit')]);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return brokerErrors.TREATY_BROKER_INVALID_BODY([error.message.replace(/\.$/, '')]);
  }
  return undefined;
}

function statusOf(error: TreatyError, fastifyError: FastifyError): number {
  const known = errorStatus[error.code as BrokerErrorCode];
  if (known) return known;
  return fastifyError.statusCode && fastifyError.statusCode < 500 ? fastifyError.statusCode : 500;
}

/** Answer every thrown error with `{ error: { code, message } }`; never a stack trace, never a crash. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    let error = isTreatyError(raw) ? (raw as unknown as TreatyError) : fromFastifyError(raw, request.routeOptions?.bodyLimit);
    if (!error) {
      request.log.error({ err: raw }, 'unhandled error');
      error = brokerErrors.TREATY_BROKER_INTERNAL([request.id]);
    }
    const status = isTreatyError(raw) || error.code !== 'TREATY_BROKER_INTERNAL' ? statusOf(error, raw) : 500;
    if (status === 413) {
      // Fastify answers before reading the whole body; close so the client is not left writing.
      reply.header('connection', 'close');
    }
    reply.code(status).type('application/json; charset=utf-8').send(errorBody(error));
  });
  app.setNotFoundHandler((request, reply) => {
    const error = brokerErrors.TREATY_BROKER_NOT_FOUND([`${request.method} ${request.url.split('?')[0]}`]);
    reply.code(404).type('application/json; charset=utf-8').send(errorBody(error));
  });
}

/** Fastify's `frameworkErrors` option: malformed URLs and the like get the same JSON error shape. */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const treatyError = brokerErrors.TREATY_BROKER_INVALID_BODY([`the request is malformed (${error.message.replace(/\.$/, '')})`]);
  reply.code(400).type('application/json; charset=utf-8').send(errorBody(treatyError));
}
