import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { deployedVersionJson, releasedVersionJson } from '../hal/environment-json';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import * as repo from '../storage/repositories/deployments';
import { objectBody, requireEnvironment, requireVersion } from './lookups';

type RecordParams = { Params: { pacticipant: string; version: string; uuid: string } };
type UuidParams = { Params: { uuid: string } };
type CurrentQuery = { Params: { uuid: string }; Querystring: { pacticipant?: string; version?: string; applicationInstance?: string; target?: string } };

/** Deployed and released versions: record, list per environment, undeploy, end support. */
export const deploymentRoutes: FastifyPluginAsync = async (app) => {
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

  app.post<RecordParams>('/pacticipants/:pacticipant/versions/:version/released-versions/environment/:uuid', async (request, reply) => {
    const { version } = await requireVersion(db, request.params.pacticipant, request.params.version);
    const environment = await requireEnvironment(db, request.params.uuid);
    const { row, created } = await repo.recordRelease(db, version.id, environment.id);
    return sendHal(reply, releasedVersionJson(base(request), row), created ? 201 : 200);
  });

  app.get<CurrentQuery>('/environments/:uuid/released-versions/currently-supported', async (request, reply) => {
    const environment = await requireEnvironment(db, request.params.uuid);
    let rows = await repo.listReleasedVersions(db, { environmentId: environment.id, pacticipant: request.query.pacticipant, currentOnly: true });
    if (request.query.version !== undefined) rows = rows.filter((row) => row.version_number === request.query.version);
    return sendHal(reply, {
      _embedded: { releasedVersions: rows.map((row) => releasedVersionJson(base(request), row)) },
      _links: { self: { title: `Currently supported released versions for ${environment.name}`, href: `${base(request)}${request.url}` } },
    });
  });

  app.get<UuidParams>('/released-versions/:uuid', async (request, reply) => {
    const row = await repo.findReleasedVersion(db, request.params.uuid);
    if (!row) throw notFound(`released version "${request.params.uuid}"`);
    return sendHal(reply, releasedVersionJson(base(request), row));
  });

  app.patch<UuidParams>('/released-versions/:uuid', async (request, reply) => {
    const body = objectBody(request.body);
    const row = await repo.findReleasedVersion(db, request.params.uuid);
    if (!row) throw notFound(`released version "${request.params.uuid}"`);
    if (body.currentlySupported !== undefined && typeof body.currentlySupported !== 'boolean') throw invalid('update released version', { currentlySupported: ['must be a boolean'] });
    if (body.currentlySupported === true && row.support_ended_at !== null) throw invalid('update released version', { currentlySupported: ['cannot be set back to true'] });
    if (body.currentlySupported === false) await repo.endSupport(db, row.uuid);
    return sendHal(reply, releasedVersionJson(base(request), (await repo.findReleasedVersion(db, row.uuid))!));
  });
};
