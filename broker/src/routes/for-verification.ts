import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { brokerErrors } from '../errors';
import { forVerificationQuery } from '../domain/for-verification-query';
import { validateSelectors, type ConsumerVersionSelector } from '../domain/selectors';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { pactsForVerification, type ForVerificationRequest } from '../services/pacts-for-verification';
import type { Database } from '../storage/database';
import { findEnvironmentByName } from '../storage/repositories/environments';
import { objectBody, requirePacticipant } from './lookups';

async function validRequest(db: Database, body: Record<string, unknown>): Promise<ForVerificationRequest> {
  const errors: Record<string, string[]> = {};
  const selectorErrors = validateSelectors(body.consumerVersionSelectors, body);
  if (selectorErrors.length === 0 && Array.isArray(body.consumerVersionSelectors)) {
    for (const [i, s] of (body.consumerVersionSelectors as ConsumerVersionSelector[]).entries()) {
      if (s.environment && !(await findEnvironmentByName(db, s.environment)))
        selectorErrors.push(`environment with name '${s.environment}' does not exist (at index ${i})`);
    }
  }
  if (selectorErrors.length) errors.consumerVersionSelectors = selectorErrors;
  if (
    body.providerVersionBranch !== undefined &&
    body.providerVersionBranch !== null &&
    typeof body.providerVersionBranch !== 'string'
  )
    errors.providerVersionBranch = ['must be a string'];
  const tags = body.providerVersionTags ?? [];
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
    errors.providerVersionTags = ['must be an array of strings'];
  if (body.includePendingStatus !== undefined && typeof body.includePendingStatus !== 'boolean')
    errors.includePendingStatus = ['must be a boolean'];
  const since = body.includeWipPactsSince;
  if (since !== undefined && since !== null && (typeof since !== 'string' || Number.isNaN(Date.parse(since))))
    errors.includeWipPactsSince = ['must be a date in ISO 8601 format'];
  if (Object.keys(errors).length)
    throw brokerErrors.TREATY_BROKER_INVALID_SELECTOR([Object.values(errors).flat().join('; ')], { errors });
  return {
    consumerVersionSelectors: (body.consumerVersionSelectors as ConsumerVersionSelector[] | undefined) ?? [],
    providerVersionBranch: (body.providerVersionBranch as string | undefined) ?? undefined,
    providerVersionTags: tags as string[],
    includePendingStatus: body.includePendingStatus === true,
    includeWipPactsSince: typeof since === 'string' ? new Date(since).toISOString() : undefined,
  };
}

function requestBody(request: FastifyRequest): Record<string, unknown> {
  if (request.method === 'POST') return objectBody(request.body);
  const at = request.url.indexOf('?');
  return at < 0 ? {} : forVerificationQuery(request.url.slice(at + 1));
}

/**
 * `GET|POST /pacts/provider/{provider}/for-verification`: the pacts a provider version should verify. As in the Pact
 * Broker,
 * the POST reads the selection from its JSON body and the GET (which the Rust verifier follows first) from the query
 * string.
 */
export const forVerificationRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const handler = async (request: FastifyRequest<{ Params: { provider: string } }>, reply: FastifyReply) => {
    const parsed = await validRequest(db, requestBody(request));
    const provider = await requirePacticipant(db, request.params.provider);
    const base = baseUrlOf(request, app.broker.options);
    const pacts = await pactsForVerification(db, base, provider, parsed);
    return sendHal(reply, {
      _embedded: { pacts },
      _links: { self: { href: `${base}${request.url}`, title: `Pacts to be verified by provider ${provider.name}` } },
    });
  };
  app.route({ method: ['GET', 'POST'], url: '/pacts/provider/:provider/for-verification', handler });
};
