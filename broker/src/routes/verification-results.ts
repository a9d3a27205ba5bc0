import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { verificationJson } from '../hal/verification-json';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { ensurePacticipant } from '../storage/repositories/pacticipants';
import { findPactVersion } from '../storage/repositories/pacts';
import * as repo from '../storage/repositories/verifications';
import { ensureVersion } from '../storage/repositories/versions';
import { objectBody, requirePacticipant } from './lookups';
import { enqueueVerificationEvents } from '../webhooks/enqueue-webhook-events';

type ShaParams = { Params: { provider: string; consumer: string; sha: string; metadata?: string; number?: string } };

function validResult(body: Record<string, unknown>): { success: boolean; providerApplicationVersion: string } {
  const errors: Record<string, string[]> = {};
  if (typeof body.success !== 'boolean') errors.success = ['is missing or not a boolean'];
  if (typeof body.providerApplicationVersion !== 'string' || body.providerApplicationVersion.trim() === '') errors.providerApplicationVersion = ['is missing'];
  if (body.buildUrl !== undefined && body.buildUrl !== null && typeof body.buildUrl !== 'string') errors.buildUrl = ['must be a string'];
  if (Object.keys(errors).length) throw invalid('publish verification result', errors);
  return body as { success: boolean; providerApplicationVersion: string };
}

/** Verification results of a pact version: publish, fetch by number, latest. */
export const verificationResultRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, app.broker.options);
  const content = async (params: ShaParams['Params']) => {
    const consumer = await requirePacticipant(db, params.consumer);
    const provider = await requirePacticipant(db, params.provider);
    const row = await findPactVersion(db, consumer.id, provider.id, params.sha);
    if (!row) throw notFound(`pact version ${params.sha} between ${params.consumer} and ${params.provider}`);
    return { row, provider };
  };
  const publish = async (request: FastifyRequest<ShaParams>) => {
    const body = objectBody(request.body);
    const result = validResult(body);
    const { row } = await content(request.params);
    const verification = await db.transaction(async (tx) => {
      const provider = await ensurePacticipant(tx, request.params.provider);
      const { version } = await ensureVersion(tx, provider.id, result.providerApplicationVersion);
      const stored = await repo.insertVerification(tx, {
        pactVersionId: row.id,
        providerVersionId: version.id,
        success: result.success,
        buildUrl: body.buildUrl as string | undefined,
        testResults: body.testResults,
        verifiedBy: body.verifiedBy,
      });
      await enqueueVerificationEvents(tx, stored);
      return stored;
    });
    return verificationJson(base(request), verification);
  };
  const path = '/pacts/provider/:provider/consumer/:consumer/pact-version/:sha';
  app.post<ShaParams>(`${path}/verification-results`, async (request, reply) => sendHal(reply, await publish(request), 201));
  app.post<ShaParams>(`${path}/metadata/:metadata/verification-results`, async (request, reply) => sendHal(reply, await publish(request), 201));

  app.get<ShaParams>(`${path}/verification-results/latest`, async (request, reply) => {
    const { row } = await content(request.params);
    const found = await repo.latestVerification(db, row.id);
    if (!found) throw notFound(`verification result of pact version ${request.params.sha}`);
    return sendHal(reply, verificationJson(base(request), found));
  });
  app.get<ShaParams>(`${path}/verification-results/:number`, async (request, reply) => {
    const { row } = await content(request.params);
    const number = Number(request.params.number);
    const found = Number.isInteger(number) && number > 0 && number < 2 ** 31 ? await repo.findVerification(db, row.id, number) : undefined;
    if (!found) throw notFound(`verification result ${request.params.number} of pact version ${request.params.sha}`);
    return sendHal(reply, verificationJson(base(request), found));
  });
};
