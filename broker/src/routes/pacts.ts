import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { pactJson, withPactsLink } from '../hal/pact-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { publishPact, readPactFor } from '../services/publish-pact';
import * as repo from '../storage/repositories/pacts';
import { latestVerification } from '../storage/repositories/verifications';
import type { PublicationRow } from '../storage/repositories/rows';
import { requirePacticipant, requireVersion } from './lookups';

type PairParams = { provider: string; consumer: string };
type VersionRequest = FastifyRequest<{ Params: PairParams & { version: string } }>;
type LatestRequest = FastifyRequest<{ Params: PairParams & { tag?: string; branch?: string } }>;
type ShaRequest = FastifyRequest<{ Params: PairParams & { sha: string; metadata?: string } }>;

const PACT_PATH = '/pacts/provider/:provider/consumer/:consumer';

async function render(
  broker: BrokerContext,
  request: FastifyRequest,
  row: PublicationRow | undefined,
  what: string,
  metadata?: string,
) {
  if (!row) throw notFound(what);
  const [content, verification] = await Promise.all([
    repo.findPactVersionById(broker.db, row.pact_version_id),
    latestVerification(broker.db, row.pact_version_id),
  ]);
  return pactJson(baseUrlOf(request, broker.options), row, content!.content, metadata, verification !== undefined);
}

async function pairIds(broker: BrokerContext, params: PairParams): Promise<{ consumerId: number; providerId: number }> {
  const consumer = await requirePacticipant(broker.db, params.consumer);
  const provider = await requirePacticipant(broker.db, params.provider);
  return { consumerId: consumer.id, providerId: provider.id };
}

async function versionPublication(
  broker: BrokerContext,
  params: VersionRequest['params'],
): Promise<{ versionId: number; providerId: number }> {
  const { version } = await requireVersion(broker.db, params.consumer, params.version);
  const provider = await requirePacticipant(broker.db, params.provider);
  return { versionId: version.id, providerId: provider.id };
}

async function putPact(broker: BrokerContext, request: VersionRequest, reply: FastifyReply) {
  const { provider, consumer, version } = request.params;
  const pact = readPactFor(request.body, { consumer, provider }, `for ${consumer} version ${version}`);
  const result = await publishPact(broker.db, {
    pact,
    consumerVersion: version,
    allowOverwrite: broker.options.allowContractOverwrite === true,
  });
  return sendHal(
    reply,
    await render(broker, request, result.publication, 'pact'),
    result.outcome === 'created' ? 201 : 200,
  );
}

async function getPact(broker: BrokerContext, request: VersionRequest, reply: FastifyReply) {
  const { provider, consumer, version } = request.params;
  const { versionId, providerId } = await versionPublication(broker, request.params);
  const row = await repo.findPublication(broker.db, versionId, providerId);
  return sendHal(
    reply,
    await render(broker, request, row, `pact between ${consumer} version ${version} and ${provider}`),
  );
}

async function deletePact(broker: BrokerContext, request: VersionRequest, reply: FastifyReply) {
  const { provider, consumer, version } = request.params;
  const { versionId, providerId } = await versionPublication(broker, request.params);
  if (!(await repo.deletePublication(broker.db, versionId, providerId)))
    throw notFound(`pact between ${consumer} version ${version} and ${provider}`);
  return reply.code(204).send();
}

/** The latest pact of a pair, optionally with a tag, on a branch, or of a consumer version without tags. */
async function getLatestPact(broker: BrokerContext, request: LatestRequest, reply: FastifyReply, untagged = false) {
  const { consumer, provider, tag, branch } = request.params;
  const row = await repo.latestPublication(broker.db, {
    ...(await pairIds(broker, request.params)),
    tag,
    branch,
    untagged,
  });
  const qualifier =
    tag !== undefined
      ? ` with tag "${tag}"`
      : branch !== undefined
        ? ` on branch "${branch}"`
        : untagged
          ? ' without tags'
          : '';
  const pact = await render(broker, request, row, `latest pact between ${consumer} and ${provider}${qualifier}`);
  return sendHal(reply, branch === undefined ? pact : withPactsLink(pact));
}

async function getPactBySha(broker: BrokerContext, request: ShaRequest, reply: FastifyReply) {
  const { consumer, provider, sha, metadata } = request.params;
  const row = await repo.latestPublication(broker.db, { ...(await pairIds(broker, request.params)), sha });
  return sendHal(
    reply,
    await render(broker, request, row, `pact version ${sha} between ${consumer} and ${provider}`, metadata),
  );
}

/**
 * Pacts: publish by consumer version, fetch by version, latest, tag, branch, untagged or content SHA (and the legacy
 * paths), delete.
 */
export const pactRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.put(`${PACT_PATH}/version/:version`, (request: VersionRequest, reply) => putPact(broker, request, reply));
  app.get(`${PACT_PATH}/version/:version`, (request: VersionRequest, reply) => getPact(broker, request, reply));
  app.delete(`${PACT_PATH}/version/:version`, (request: VersionRequest, reply) => deletePact(broker, request, reply));
  app.get(`${PACT_PATH}/latest`, (request: LatestRequest, reply) => getLatestPact(broker, request, reply));
  app.get(`${PACT_PATH}/latest/:tag`, (request: LatestRequest, reply) => getLatestPact(broker, request, reply));
  app.get(`${PACT_PATH}/branch/:branch/latest`, (request: LatestRequest, reply) =>
    getLatestPact(broker, request, reply),
  );
  app.get(`${PACT_PATH}/latest-untagged`, (request: LatestRequest, reply) =>
    getLatestPact(broker, request, reply, true),
  );
  // Paths the Pact Broker keeps for old clients.
  app.get(`${PACT_PATH}/versions/:version`, (request: VersionRequest, reply) => getPact(broker, request, reply));
  app.get('/pact/provider/:provider/consumer/:consumer/version/:version', (request: VersionRequest, reply) =>
    getPact(broker, request, reply),
  );
  app.put(`${PACT_PATH}/versions/:version`, (request: VersionRequest, reply) => putPact(broker, request, reply));
  app.put('/pact/provider/:provider/consumer/:consumer/version/:version', (request: VersionRequest, reply) =>
    putPact(broker, request, reply),
  );
  app.get('/pact/provider/:provider/consumer/:consumer/latest', (request: LatestRequest, reply) =>
    getLatestPact(broker, request, reply),
  );
  app.get(`${PACT_PATH}/pact-version/:sha`, (request: ShaRequest, reply) => getPactBySha(broker, request, reply));
  app.get(`${PACT_PATH}/pact-version/:sha/metadata/:metadata`, (request: ShaRequest, reply) =>
    getPactBySha(broker, request, reply),
  );
};
