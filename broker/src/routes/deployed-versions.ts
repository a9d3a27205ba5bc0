import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { deployedVersionJson } from '../hal/environment-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import * as repo from '../storage/repositories/deployments';
import { objectBody, requireEnvironment, requireVersion } from './lookups';

type RecordRequest = FastifyRequest<{ Params: { pacticipant: string; version: string; uuid: string } }>;
type UuidRequest = FastifyRequest<{ Params: { uuid: string } }>;
type CurrentRequest = FastifyRequest<{
  Params: { uuid: string };
  Querystring: { pacticipant?: string; version?: string; applicationInstance?: string; target?: string };
}>;

async function recordDeployment(broker: BrokerContext, request: RecordRequest, reply: FastifyReply) {
  const body = objectBody(request.body);
  const instance = body.applicationInstance ?? body.target ?? null;
  if (instance !== null && typeof instance !== 'string')
    throw invalid('record deployment', { applicationInstance: ['must be a string'] });
  const { pacticipant, version } = await requireVersion(broker.db, request.params.pacticipant, request.params.version);
  const environment = await requireEnvironment(broker.db, request.params.uuid);
  const row = await repo.recordDeployment(
    broker.db,
    version.id,
    pacticipant.id,
    environment.id,
    instance === '' ? null : instance,
  );
  return sendHal(reply, deployedVersionJson(baseUrlOf(request, broker.options), row), 201);
}

async function versionDeployments(broker: BrokerContext, request: RecordRequest, reply: FastifyReply) {
  const base = baseUrlOf(request, broker.options);
  const { version } = await requireVersion(broker.db, request.params.pacticipant, request.params.version);
  const environment = await requireEnvironment(broker.db, request.params.uuid);
  const rows = await repo.listDeployedVersions(broker.db, { versionId: version.id, environmentId: environment.id });
  return sendHal(reply, {
    _embedded: { deployedVersions: rows.map((row) => deployedVersionJson(base, row)) },
    _links: { self: { href: `${base}${request.url.split('?')[0]}` } },
  });
}

async function currentlyDeployed(broker: BrokerContext, request: CurrentRequest, reply: FastifyReply) {
  const base = baseUrlOf(request, broker.options);
  const environment = await requireEnvironment(broker.db, request.params.uuid);
  const { pacticipant, version, applicationInstance, target } = request.query;
  let rows = await repo.listDeployedVersions(broker.db, {
    environmentId: environment.id,
    pacticipant,
    currentOnly: true,
    applicationInstance: applicationInstance ?? target,
  });
  if (version !== undefined) rows = rows.filter((row) => row.version_number === version);
  return sendHal(reply, {
    _embedded: { deployedVersions: rows.map((row) => deployedVersionJson(base, row)) },
    _links: { self: { title: `Currently deployed versions for ${environment.name}`, href: `${base}${request.url}` } },
  });
}

async function requireDeployedVersion(broker: BrokerContext, uuid: string) {
  const row = await repo.findDeployedVersion(broker.db, uuid);
  if (!row) throw notFound(`deployed version "${uuid}"`);
  return row;
}

async function updateDeployedVersion(broker: BrokerContext, request: UuidRequest, reply: FastifyReply) {
  const body = objectBody(request.body);
  const row = await requireDeployedVersion(broker, request.params.uuid);
  if (body.currentlyDeployed !== undefined && typeof body.currentlyDeployed !== 'boolean')
    throw invalid('update deployed version', { currentlyDeployed: ['must be a boolean'] });
  if (body.currentlyDeployed === true && row.undeployed_at !== null)
    throw invalid('update deployed version', {
      currentlyDeployed: ['cannot be set back to true; record a new deployment instead'],
    });
  if (body.currentlyDeployed === false) await repo.undeploy(broker.db, row.uuid);
  return sendHal(
    reply,
    deployedVersionJson(baseUrlOf(request, broker.options), await requireDeployedVersion(broker, row.uuid)),
  );
}

/**
 * Deployed versions: record a deployment, list per version or environment, undeploy (`PATCH currentlyDeployed: false`).
 */
export const deployedVersionRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  const recordPath = '/pacticipants/:pacticipant/versions/:version/deployed-versions/environment/:uuid';
  app.post(recordPath, (request: RecordRequest, reply) => recordDeployment(broker, request, reply));
  app.get(recordPath, (request: RecordRequest, reply) => versionDeployments(broker, request, reply));
  app.get('/environments/:uuid/deployed-versions/currently-deployed', (request: CurrentRequest, reply) =>
    currentlyDeployed(broker, request, reply),
  );
  app.get('/deployed-versions/:uuid', async (request: UuidRequest, reply) =>
    sendHal(
      reply,
      deployedVersionJson(
        baseUrlOf(request, broker.options),
        await requireDeployedVersion(broker, request.params.uuid),
      ),
    ),
  );
  app.patch('/deployed-versions/:uuid', (request: UuidRequest, reply) => updateDeployedVersion(broker, request, reply));
};
