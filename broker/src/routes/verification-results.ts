import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { verificationJson } from '../hal/verification-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import type { Database } from '../storage/database';
import type { PactVersionRow } from '../storage/repositories/rows';
import { sendHal } from '../http/hal';
import { ensurePacticipant } from '../storage/repositories/pacticipants';
import { findPactVersion } from '../storage/repositories/pacts';
import * as repo from '../storage/repositories/verifications';
import { ensureVersion } from '../storage/repositories/versions';
import { objectBody, requirePacticipant } from './lookups';
import { enqueueVerificationEvents } from '../webhooks/enqueue-webhook-events';

type ShaRequest = FastifyRequest<{
  Params: { provider: string; consumer: string; sha: string; metadata?: string; number?: string };
}>;

function validResult(body: Record<string, unknown>): { success: boolean; providerApplicationVersion: string } {
  const errors: Record<string, string[]> = {};
  if (typeof body.success !== 'boolean') errors.success = ['is missing or not a boolean'];
  if (typeof body.providerApplicationVersion !== 'string' || body.providerApplicationVersion.trim() === '')
    errors.providerApplicationVersion = ['is missing'];
  if (body.buildUrl !== undefined && body.buildUrl !== null && typeof body.buildUrl !== 'string')
    errors.buildUrl = ['must be a string'];
  if (Object.keys(errors).length) throw invalid('publish verification result', errors);
  return body as { success: boolean; providerApplicationVersion: string };
}

async function pactContent(db: Database, params: ShaRequest['params']): Promise<PactVersionRow> {
  const consumer = await requirePacticipant(db, params.consumer);
  const provider = await requirePacticipant(db, params.provider);
  const row = await findPactVersion(db, consumer.id, provider.id, params.sha);
  if (!row) throw notFound(`pact version ${params.sha} between ${params.consumer} and ${params.provider}`);
  return row;
}

async function publish(broker: BrokerContext, request: ShaRequest, reply: FastifyReply) {
  const body = objectBody(request.body);
  const result = validResult(body);
  const content = await pactContent(broker.db, request.params);
  const verification = await broker.db.transaction(async (tx) => {
    const provider = await ensurePacticipant(tx, request.params.provider);
    const { version } = await ensureVersion(tx, provider.id, result.providerApplicationVersion);
    const stored = await repo.insertVerification(tx, {
      pactVersionId: content.id,
      providerVersionId: version.id,
      success: result.success,
      buildUrl: body.buildUrl as string | undefined,
      testResults: body.testResults,
      verifiedBy: body.verifiedBy,
    });
    await enqueueVerificationEvents(tx, stored);
    return stored;
  });
  return sendHal(reply, verificationJson(baseUrlOf(request, broker.options), verification), 201);
}

async function latest(broker: BrokerContext, request: ShaRequest, reply: FastifyReply) {
  const content = await pactContent(broker.db, request.params);
  const found = await repo.latestVerification(broker.db, content.id);
  if (!found) throw notFound(`verification result of pact version ${request.params.sha}`);
  return sendHal(reply, verificationJson(baseUrlOf(request, broker.options), found));
}

async function byNumber(broker: BrokerContext, request: ShaRequest, reply: FastifyReply) {
  const content = await pactContent(broker.db, request.params);
  const number = Number(request.params.number);
  const found =
    Number.isInteger(number) && number > 0 && number < 2 ** 31
      ? await repo.findVerification(broker.db, content.id, number)
      : undefined;
  if (!found) throw notFound(`verification result ${request.params.number} of pact version ${request.params.sha}`);
  return sendHal(reply, verificationJson(baseUrlOf(request, broker.options), found));
}

async function list(broker: BrokerContext, request: ShaRequest, reply: FastifyReply) {
  const content = await pactContent(broker.db, request.params);
  const base = baseUrlOf(request, broker.options);
  const results = (await repo.verificationsOf(broker.db, content.id)).map((row) => verificationJson(base, row));
  const title =
    `Verification results for the pact version ${request.params.sha} between ${request.params.consumer} ` +
    `and ${request.params.provider}`;
  return sendHal(reply, {
    _embedded: { verificationResults: results },
    _links: { self: { title, href: `${base}${request.url}` } },
  });
}

/** Verification results of a pact version: publish, list, fetch by number, latest. */
export const verificationResultRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  const path = '/pacts/provider/:provider/consumer/:consumer/pact-version/:sha';
  app.post(`${path}/verification-results`, (request: ShaRequest, reply) => publish(broker, request, reply));
  app.post(`${path}/metadata/:metadata/verification-results`, (request: ShaRequest, reply) =>
    publish(broker, request, reply),
  );
  app.get(`${path}/verification-results`, (request: ShaRequest, reply) => list(broker, request, reply));
  app.get(`${path}/metadata/:metadata/verification-results`, (request: ShaRequest, reply) =>
    list(broker, request, reply),
  );
  app.get(`${path}/verification-results/latest`, (request: ShaRequest, reply) => latest(broker, request, reply));
  app.get(`${path}/verification-results/:number`, (request: ShaRequest, reply) => byNumber(broker, request, reply));
};
