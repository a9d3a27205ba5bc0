import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { invalid } from '../errors';
import { environmentJson } from '../hal/environment-json';
import { links } from '../hal/links';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import type { Database } from '../storage/database';
import * as repo from '../storage/repositories/environments';
import { objectBody, requireEnvironment } from './lookups';

type UuidParams = { Params: { uuid: string } };
const UUID = /^[0-9a-zA-Z-]{5,}$/;

async function validEnvironment(
  db: Database,
  body: Record<string, unknown>,
  action: string,
  uuid?: string,
): Promise<repo.EnvironmentFields> {
  const errors: Record<string, string[]> = {};
  if (typeof body.name !== 'string' || body.name.trim() === '') errors.name = ['is missing'];
  else if (/\s/.test(body.name)) errors.name = ['cannot contain spaces'];
  else {
    const same = await repo.findEnvironmentByName(db, body.name);
    if (same && same.uuid !== uuid)
      errors.name = [`Another environment with name '${body.name}' already exists (${same.uuid})`];
  }
  if (typeof body.production !== 'boolean') errors.production = ['is missing or not a boolean'];
  if (body.displayName !== undefined && body.displayName !== null && typeof body.displayName !== 'string')
    errors.displayName = ['must be a string'];
  if (body.contacts !== undefined && !Array.isArray(body.contacts)) errors.contacts = ['must be an array'];
  if (body.uuid !== undefined && (typeof body.uuid !== 'string' || !UUID.test(body.uuid)))
    errors.uuid = ['must be a string of at least 5 letters, digits or dashes'];
  if (Object.keys(errors).length) throw invalid(action, errors);
  return {
    name: body.name as string,
    displayName: body.displayName as string | undefined,
    production: body.production as boolean,
    contacts: body.contacts,
  };
}

/** `/environments[/{uuid}]`: list, create, show, replace, delete. */
export const environmentRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, app.broker.options);

  app.get<{ Querystring: { name?: string } }>('/environments', async (request, reply) => {
    const rows = await repo.listEnvironments(db, { name: request.query.name });
    return sendHal(reply, {
      _embedded: { environments: rows.map((row) => environmentJson(base(request), row)) },
      _links: {
        self: { title: 'Environments', href: links.environments(base(request)) },
        'pb:createEnvironment': {
          title: 'Create an environment',
          href: links.environments(base(request)),
          method: 'POST',
        },
      },
    });
  });

  app.post('/environments', async (request, reply) => {
    const body = objectBody(request.body);
    const fields = await validEnvironment(db, body, 'create environment');
    if (typeof body.uuid === 'string' && (await repo.findEnvironment(db, body.uuid)))
      throw invalid('create environment', { uuid: [`an environment with uuid ${body.uuid} already exists`] });
    const row = await repo.createEnvironment(db, fields, typeof body.uuid === 'string' ? body.uuid : undefined);
    reply.header('location', links.environment(base(request), row.uuid));
    return sendHal(reply, environmentJson(base(request), row), 201);
  });

  app.get<UuidParams>('/environments/:uuid', async (request, reply) =>
    sendHal(reply, environmentJson(base(request), await requireEnvironment(db, request.params.uuid))),
  );

  app.put<UuidParams>('/environments/:uuid', async (request, reply) => {
    const existing = await repo.findEnvironment(db, request.params.uuid);
    const fields = await validEnvironment(
      db,
      objectBody(request.body),
      `update environment "${request.params.uuid}"`,
      request.params.uuid,
    );
    const row = existing
      ? await repo.updateEnvironment(db, request.params.uuid, fields)
      : await repo.createEnvironment(db, fields, request.params.uuid);
    return sendHal(reply, environmentJson(base(request), row!), existing ? 200 : 201);
  });

  app.delete<UuidParams>('/environments/:uuid', async (request, reply) => {
    await requireEnvironment(db, request.params.uuid);
    await repo.deleteEnvironment(db, request.params.uuid);
    return reply.code(204).send();
  });
};
