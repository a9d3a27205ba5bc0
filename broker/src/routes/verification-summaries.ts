import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { verificationJson } from '../hal/verification-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { findPublications, latestPublication } from '../storage/repositories/pacts';
import type { PublicationRow, VerificationRow } from '../storage/repositories/rows';
import { latestVerification } from '../storage/repositories/verifications';
import { requirePacticipant, requireVersion } from './lookups';

type PairParams = { provider: string; consumer: string; version?: string; tag?: string };
type PairRequest = FastifyRequest<{ Params: PairParams }>;
type ConsumerVersionRequest = FastifyRequest<{ Params: { consumer: string; version: string } }>;

/** The latest verification of the pact of a consumer version, or of the latest (tagged) pact of the pair. */
async function latestForPact(broker: BrokerContext, request: PairRequest, reply: FastifyReply) {
  const { provider, consumer, version, tag } = request.params;
  const p = await requirePacticipant(broker.db, provider);
  const c = await requirePacticipant(broker.db, consumer);
  const pact =
    version !== undefined
      ? (
          await findPublications(
            broker.db,
            { consumerVersionId: (await requireVersion(broker.db, consumer, version)).version.id, providerId: p.id },
            1,
          )
        )[0]
      : await latestPublication(broker.db, { consumerId: c.id, providerId: p.id, tag });
  const which =
    version !== undefined
      ? `version ${version}`
      : tag !== undefined
        ? `the latest version with tag "${tag}"`
        : 'the latest version';
  if (!pact) throw notFound(`pact between ${consumer} ${which} and ${provider}`);
  const found = await latestVerification(broker.db, pact.pact_version_id);
  if (!found) throw notFound(`verification result of the pact between ${consumer} ${which} and ${provider}`);
  return sendHal(reply, verificationJson(baseUrlOf(request, broker.options), found));
}

/** Every provider's latest verification of a consumer version's pacts, summarised as the Pact Broker does. */
async function forConsumerVersion(broker: BrokerContext, request: ConsumerVersionRequest, reply: FastifyReply) {
  const { version } = await requireVersion(broker.db, request.params.consumer, request.params.version);
  const pacts: PublicationRow[] = await findPublications(broker.db, { consumerVersionId: version.id });
  const latest = await Promise.all(
    pacts.map(async (pact) => ({ pact, verification: await latestVerification(broker.db, pact.pact_version_id) })),
  );
  const base = baseUrlOf(request, broker.options);
  const verified = latest.filter(
    (l): l is { pact: PublicationRow; verification: VerificationRow } => l.verification !== undefined,
  );
  const names = (test: (l: (typeof latest)[number]) => boolean) => latest.filter(test).map((l) => l.pact.provider_name);
  return sendHal(reply, {
    success: latest.length > 0 && latest.every((l) => l.verification?.success === 1),
    providerSummary: {
      successful: names((l) => l.verification?.success === 1),
      failed: names((l) => l.verification?.success === 0),
      unknown: names((l) => !l.verification),
    },
    _embedded: { verificationResults: verified.map((l) => verificationJson(base, l.verification)) },
    _links: {
      self: {
        title: `Latest verification results for ${request.params.consumer} version ${version.number}`,
        href: `${base}${request.url}`,
      },
    },
  });
}

const PAIR = '/pacts/provider/:provider/consumer/:consumer';

/** The `latest` verification result variants and the verification summary of a consumer version. */
export const verificationSummaryRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  const latest = (request: PairRequest, reply: FastifyReply) => latestForPact(broker, request, reply);
  app.get(`${PAIR}/version/:version/verification-results/latest`, latest);
  app.get(`${PAIR}/latest/verification-results/latest`, latest);
  app.get(`${PAIR}/latest/:tag/verification-results/latest`, latest);
  const summary = (request: ConsumerVersionRequest, reply: FastifyReply) => forConsumerVersion(broker, request, reply);
  app.get('/verification-results/consumer/:consumer/version/:version/latest', summary);
  app.get('/verification-results/consumer/:consumer/version/:version', summary);
};
