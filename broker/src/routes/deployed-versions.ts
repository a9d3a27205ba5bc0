import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { deployedVersionJson } from '../hal/environment-json';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import * as repo from '../storage/repositories/deployments';
import { objectBody, requireEnvironment, requireVersion } from './lookups';

type RecordParams = { Params: { pacticipant: string; version: string; uuid: string } };
type UuidParams = { Params: { uuid: string } };
type CurrentQuery = { Params: { uuid: string }; Querystring: { pacticipant?: string; version?: string; applicationInstance?: string; target?: string } };

/** Deployed versions: record a deployment, list per version or environment, undeploy (`PATCH currentlyDeployed: false`). */
export const deployedVersionRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, app.broker.options);

  app.post<RecordParams>('/pacticipants/:pacticipant/versions/:version/deployed-versions/environment/:uuid', async (request, reply) => {
    const body = objectBody(request.body);
    const instance = body.applicationInstance ?? body.target ?? null;
    if (instance !== null && typeof instance !== 'string') throw invalid('record deployment', { applicationInstance: ['must be a string'] });
    const { pacticipant, version } = await requireVersion(db, request.params.pacticipant, request.params.version);
    const environment = await requireEnvironment(db, request.params.uuid);
    const row = await repo.recordDeployment(db, version.id, pacticipant.id, environment.id, instance === '' ? null : instance);
    return sendHal(reply, deployedVersionJson(base(request), row), 201);
  });

  app.get<RecordParams>('/pacticipants/:pacticipant/versions/:version/deployed-versions/environment/:uuid', async (request, reply) => {
    const { version } = await requireVersion(db, request.params.pacticipant, request.params.version);
    const environment = await requireEnvironment(db, request.params.uuid);
    const rows = await repo.listDeployedVersions(db, { versionId: version.id, environmentId: environment.id });
    return sendHal(reply, { _embedded: { deployedVersions: rows.map((row) => deployedVersionJson(base(request), row)) }, _links: { self: { href: `${base(request)}${request.url.split('?')[0]}` } } });
  });

  app.get<CurrentQuery>('/environments/:uuid/deployed-versions/currently-deployed', async (request, reply) => {
    const environment = await requireEnvironment(db, request.params.uuid);
    const { pacticipant, version, applicationInstance, target } = request.query;
    let rows = await repo.listDeployedVersions(db, { environmentId: environment.id, pacticipant, currentOnly: true, applicationInstance: applicationInstance ?? target });
    if (version !== undefined) rows = rows.filter((row) => row.version_number === version);
    return sendHal(reply, {
      _embedded: { deployedVersions: rows.map((row) => deployedVersionJson(base(request), row)) },
      _links: { self: { title: `Currently deployed versions for ${environment.name}`, href: `${base(request)}${request.url}` } },
    });
  });

  app.get<UuidParams>('/deployed-versions/:uuid', async (request, reply) => {
    const row = await repo.findDeployedVersion(db, request.params.uuid);
    if (!row) throw notFound(`deployed version "${request.params.uuid}"`);
    return sendHal(reply, deployedVersionJson(base(request), row));
  });

  app.patch<UuidParams>('/deployed-versions/:uuid', async (request, reply) => {
    const body = objectBody(request.body);
    const row = await repo.findDeployedVersion(db, request.params.uuid);
    if (!row) throw notFound(`deployed version "${request.params.uuid}"`);
    if (body.currentlyDeployed !== undefined && typeof body.currentlyDeployed !== 'boolean') throw invalid('update deployed version', { currentlyDeployed: ['must be a boolean'] });
    if (body.currentlyDeployed === true && row.undeployed_at !== null) throw invalid('update deployed version', { currentlyDeployed: ['cannot be set back to true; record a new deployment instead'] });
    if (body.currentlyDeployed === false) await repo.undeploy(db, row.uuid);
    return sendHal(reply, deployedVersionJson(base(request), (await repo.findDeployedVersion(db, row.uuid))!));
  });
};
