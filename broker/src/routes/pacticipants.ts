import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { invalid } from '../errors';
import { pacticipantJson } from '../hal/pacticipant-json';
import { links } from '../hal/links';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import * as repo from '../storage/repositories/pacticipants';
import type { PacticipantFields } from '../storage/repositories/pacticipants';
import type { PacticipantRow } from '../storage/repositories/rows';
import { objectBody, requirePacticipant, stringFieldErrors } from './lookups';

type NamedRequest = FastifyRequest<{ Params: { pacticipant: string } }>;
const FIELDS = ['name', 'displayName', 'mainBranch', 'repositoryUrl', 'repositoryName', 'repositoryNamespace'] as const;

function fieldsOf(body: Record<string, unknown>, action: string): PacticipantFields {
  const errors = stringFieldErrors(body, FIELDS);
  if (Object.keys(errors).length) throw invalid(action, errors);
  const pick = (key: string) => body[key] as string | null | undefined;
  return {
    displayName: pick('displayName'),
    mainBranch: pick('mainBranch'),
    repositoryUrl: pick('repositoryUrl'),
    repositoryName: pick('repositoryName'),
    repositoryNamespace: pick('repositoryNamespace'),
  };
}

async function jsonOf(broker: BrokerContext, request: FastifyRequest, row: PacticipantRow) {
  return pacticipantJson(baseUrlOf(request, broker.options), row, await repo.labelsOf(broker.db, row.id));
}

async function show(broker: BrokerContext, request: FastifyRequest, name: string) {
  return jsonOf(broker, request, await requirePacticipant(broker.db, name));
}

async function list(broker: BrokerContext, request: FastifyRequest, reply: FastifyReply) {
  const items = await Promise.all((await repo.listPacticipants(broker.db)).map((row) => jsonOf(broker, request, row)));
  const index = items.map((p) => ({
    title: p.name,
    name: p.name,
    href: (p._links as { self: { href: string } }).self.href,
  }));
  return sendHal(reply, {
    _embedded: { pacticipants: items },
    pacticipants: items,
    _links: { self: { href: links.pacticipants(baseUrlOf(request, broker.options)) }, 'pb:pacticipants': index },
  });
}

/** Create when missing, then set the fields (`replace`: PUT clears unset fields); 201 when created. */
async function save(
  broker: BrokerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  fields: PacticipantFields,
  replace: boolean,
) {
  const existed = await repo.findPacticipant(broker.db, name);
  const row = await repo.ensurePacticipant(broker.db, name);
  await repo.updatePacticipant(broker.db, row.id, fields, replace);
  return sendHal(reply, await show(broker, request, name), existed ? 200 : 201);
}

async function create(broker: BrokerContext, request: FastifyRequest, reply: FastifyReply) {
  const body = objectBody(request.body);
  if (typeof body.name !== 'string' || body.name.trim() === '')
    throw invalid('create pacticipant', { name: ['is missing'] });
  return save(broker, request, reply, body.name, fieldsOf(body, 'create pacticipant'), false);
}

async function update(broker: BrokerContext, request: NamedRequest, reply: FastifyReply) {
  const name = request.params.pacticipant;
  const replace = request.method === 'PUT';
  return save(
    broker,
    request,
    reply,
    name,
    fieldsOf(objectBody(request.body), `${replace ? 'replace' : 'update'} pacticipant "${name}"`),
    replace,
  );
}

async function remove(broker: BrokerContext, request: NamedRequest, reply: FastifyReply) {
  const row = await requirePacticipant(broker.db, request.params.pacticipant);
  await repo.deletePacticipant(broker.db, row.id);
  return reply.code(204).send();
}

/** `/pacticipants` and `/pacticipants/{name}`: list, create, update, delete (labels: `pacticipant-labels.ts`). */
export const pacticipantRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.get('/pacticipants', (request, reply) => list(broker, request, reply));
  app.post('/pacticipants', (request, reply) => create(broker, request, reply));
  app.route({
    method: ['PUT', 'PATCH'],
    url: '/pacticipants/:pacticipant',
    handler: (request: NamedRequest, reply) => update(broker, request, reply),
  });
  app.get('/pacticipants/:pacticipant', async (request: NamedRequest, reply) =>
    sendHal(reply, await show(broker, request, request.params.pacticipant)),
  );
  app.delete('/pacticipants/:pacticipant', (request: NamedRequest, reply) => remove(broker, request, reply));
};
