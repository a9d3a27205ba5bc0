import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isTreatyError, type TreatyError } from '@treaty/core';
import { brokerErrors, errorStatus, type BrokerErrorCode } from '../errors';

/** The longest path parameter (a pacticipant name, a version number, ...) the router accepts. */
export const MAX_PARAM_LENGTH = 1000;

/** The JSON body of every error answer: ours plus the Pact Broker's `errors` where clients read it. */
export function errorBody(error: TreatyError): Record<string, unknown> {
  const body: Record<string, unknown> = { error: { code: error.code, message: error.message } };
  const fieldErrors = error.details.errors;
  body.errors = fieldErrors && typeof fieldErrors === 'object' ? fieldErrors : { base: [error.message] };
  for (const key of ['diff', 'notices'] as const) if (error.details[key] !== undefined) body[key] = error.details[key];
  return body;
}

// PostgreSQL data exceptions caused by the request's values (NUL bytes, out-of-range numbers, ...): a client error, not
// a crash.
const PG_DATA_EXCEPTIONS = new Set(['22001', '22003', '22021', '22P02', '22P05', '54000']);

// A row this request refers to was deleted or written by a concurrent request (PostgreSQL SQLSTATE and SQLite codes).
const CONCURRENT_CHANGES = new Set([
  '23503',
  '23505',
  '40001',
  '40P01',
  'SQLITE_CONSTRAINT_FOREIGNKEY',
  'SQLITE_CONSTRAINT_UNIQUE',
]);
// The database did not answer in time (statement timeout, busy file, lost connection): the request may be retried.
const UNAVAILABLE = new Set(['57014', '57P01', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);
// SQLite reports a busy or locked file with extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT, SQLITE_LOCKED_*)
// that the busy timeout does not always retry; every one of them means "try again", never a broker defect.
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED)(_|$)/;

function fromDatabaseError(code: string, message: string, request: FastifyRequest): TreatyError | undefined {
  const action = `${request.method} ${request.url.split('?')[0]}`;
  if (PG_DATA_EXCEPTIONS.has(code))
    return brokerErrors.TREATY_BROKER_INVALID_BODY([`a value in the request cannot be stored (${message})`]);
  if (CONCURRENT_CHANGES.has(code))
    return brokerErrors.TREATY_BROKER_CONCURRENT_CHANGE([action, 'a record it refers to']);
  if (UNAVAILABLE.has(code) || SQLITE_UNAVAILABLE.test(code) || /^08/.test(code))
    return brokerErrors.TREATY_BROKER_UNAVAILABLE(['the database', `it did not answer in time (${code})`]);
  return undefined;
}

function fromFastifyError(error: FastifyError, request: FastifyRequest): TreatyError | undefined {
  const bodyLimit = request.routeOptions?.bodyLimit;
  const fromDatabase =
    typeof error.code === 'string' ? fromDatabaseError(error.code, error.message, request) : undefined;
  if (fromDatabase) return fromDatabase;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return brokerErrors.TREATY_BROKER_BODY_TOO_LARGE([String(bodyLimit ?? 'the limit')]);
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
    let error = isTreatyError(raw) ? (raw as unknown as TreatyError) : fromFastifyError(raw, request);
    if (!error) {
      request.log.error({ err: raw }, 'unhandled error');
      error = brokerErrors.TREATY_BROKER_INTERNAL([request.id]);
    }
    const status = isTreatyError(raw) || error.code !== 'TREATY_BROKER_INTERNAL' ? statusOf(error, raw) : 500;
    if (status === 503) request.log.warn({ err: raw }, 'database unavailable');
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
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    reply
      .code(414)
      .type('application/json; charset=utf-8')
      .send(errorBody(brokerErrors.TREATY_BROKER_URL_TOO_LONG([String(MAX_PARAM_LENGTH)])));
    return;
  }
  const treatyError = brokerErrors.TREATY_BROKER_INVALID_BODY([
    `the request is malformed (${error.message.replace(/\.$/, '').slice(0, 200)})`,
  ]);
  reply.code(400).type('application/json; charset=utf-8').send(errorBody(treatyError));
}
