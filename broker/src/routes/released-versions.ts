import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { releasedVersionJson } from '../hal/environment-json';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import * as repo from '../storage/repositories/deployments';
import { objectBody, requireEnvironment, requireVersion } from './lookups';

type RecordParams = { Params: { pacticipant: string; version: string; uuid: string } };
type UuidParams = { Params: { uuid: string } };
type CurrentQuery = {
  Params: { uuid: string };
  Querystring: { pacticipant?: string; version?: string; applicationInstance?: string; target?: string };
};

/**
 * Released versions: record a release, list the supported ones per environment, end support (`PATCH currentlySupported:
 * false`).
 */
export const releasedVersionRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, app.broker.options);

  app.post<RecordParams>(
    '/pacticipants/:pacticipant/versions/:version/released-versions/environment/:uuid',
    async (request, reply) => {
      const { version } = await requireVersion(db, request.params.pacticipant, request.params.version);
      const environment = await requireEnvironment(db, request.params.uuid);
      const { row, created } = await repo.recordRelease(db, version.id, environment.id);
      return sendHal(reply, releasedVersionJson(base(request), row), created ? 201 : 200);
    },
  );

  app.get<RecordParams>(
    '/pacticipants/:pacticipant/versions/:version/released-versions/environment/:uuid',
    async (request, reply) => {
      const { version } = await requireVersion(db, request.params.pacticipant, request.params.version);
      const environment = await requireEnvironment(db, request.params.uuid);
      const rows = (await repo.listReleasedVersions(db, { environmentId: environment.id, versionId: version.id })).map(
        (row) => releasedVersionJson(base(request), row),
      );
      const title =
        `Released versions for ${request.params.pacticipant} ` + `version ${version.number} in ${environment.name}`;
      return sendHal(reply, {
        _embedded: { releasedVersions: rows },
        _links: { self: { title, href: `${base(request)}${request.url}` } },
      });
    },
  );

  app.get<CurrentQuery>('/environments/:uuid/released-versions/currently-supported', async (request, reply) => {
    const environment = await requireEnvironment(db, request.params.uuid);
    let rows = await repo.listReleasedVersions(db, {
      environmentId: environment.id,
      pacticipant: request.query.pacticipant,
      currentOnly: true,
    });
    if (request.query.version !== undefined) rows = rows.filter((row) => row.version_number === request.query.version);
    return sendHal(reply, {
      _embedded: { releasedVersions: rows.map((row) => releasedVersionJson(base(request), row)) },
      _links: {
        self: {
          title: `Currently supported released versions for ${environment.name}`,
          href: `${base(request)}${request.url}`,
        },
      },
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
    if (body.currentlySupported !== undefined && typeof body.currentlySupported !== 'boolean')
      throw invalid('update released version', { currentlySupported: ['must be a boolean'] });
    if (body.currentlySupported === true && row.support_ended_at !== null)
      throw invalid('update released version', { currentlySupported: ['cannot be set back to true'] });
    if (body.currentlySupported === false) await repo.endSupport(db, row.uuid);
    const updated = await repo.findReleasedVersion(db, row.uuid);
    if (!updated) throw notFound(`released version "${row.uuid}" (it was deleted meanwhile)`);
    return sendHal(reply, releasedVersionJson(base(request), updated));
  });
};
