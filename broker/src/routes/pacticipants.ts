import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors';
import { pacticipantJson } from '../hal/pacticipant-json';
import { links } from '../hal/links';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import * as repo from '../storage/repositories/pacticipants';
import type { PacticipantFields } from '../storage/repositories/pacticipants';
import { objectBody, requirePacticipant, stringFieldErrors } from './lookups';

type Named = { Params: { pacticipant: string } };
const FIELDS = ['name', 'displayName', 'mainBranch', 'repositoryUrl', 'repositoryName', 'repositoryNamespace'] as const;

function fieldsOf(body: Record<string, unknown>, action: string): PacticipantFields {
  const errors = stringFieldErrors(body, FIELDS);
  if (Object.keys(errors).length) throw invalid(action, errors);
  const pick = (key: string) => body[key] as string | null | undefined;
  return { displayName: pick('displayName'), mainBranch: pick('mainBranch'), repositoryUrl: pick('repositoryUrl'), repositoryName: pick('repositoryName'), repositoryNamespace: pick('repositoryNamespace') };
}

/** `/pacticipants` and `/pacticipants/{name}` (+ labels): list, create, update, delete. */
export const pacticipantRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, app.broker.options);
  const show = async (request: FastifyRequest, name: string) => {
    const row = await requirePacticipant(db, name);
    return pacticipantJson(base(request), row, await repo.labelsOf(db, row.id));
  };

  app.get('/pacticipants', async (request, reply) => {
    const rows = await repo.listPacticipants(db);
    const items = await Promise.all(rows.map(async (row) => pacticipantJson(base(request), row, await repo.labelsOf(db, row.id))));
    return sendHal(reply, {
      _embedded: { pacticipants: items },
      pacticipants: items,
      _links: { self: { href: links.pacticipants(base(request)) }, 'pb:pacticipants': items.map((p) => ({ title: p.name, name: p.name, href: (p._links as { self: { href: string } }).self.href })) },
    });
  });

  app.post('/pacticipants', async (request, reply) => {
    const body = objectBody(request.body);
    if (typeof body.name !== 'string' || body.name.trim() === '') throw invalid('create pacticipant', { name: ['is missing'] });
    const fields = fieldsOf(body, 'create pacticipant');
    const existed = await repo.findPacticipant(db, body.name);
    const row = await repo.ensurePacticipant(db, body.name);
    await repo.updatePacticipant(db, row.id, fields);
    return sendHal(reply, await show(request, body.name), existed ? 200 : 201);
  });

  for (const method of ['PUT', 'PATCH'] as const) {
    app.route<Named>({
      method,
      url: '/pacticipants/:pacticipant',
      handler: async (request, reply) => {
        const name = request.params.pacticipant;
        const fields = fieldsOf(objectBody(request.body), `${method === 'PUT' ? 'replace' : 'update'} pacticipant "${name}"`);
        const existed = await repo.findPacticipant(db, name);
        const row = await repo.ensurePacticipant(db, name);
        await repo.updatePacticipant(db, row.id, fields, method === 'PUT');
        return sendHal(reply, await show(request, name), existed ? 200 : 201);
      },
    });
  }

  app.get<Named>('/pacticipants/:pacticipant', async (request, reply) => sendHal(reply, await show(request, request.params.pacticipant)));

  app.delete<Named>('/pacticipants/:pacticipant', async (request, reply) => {
    const row = await requirePacticipant(db, request.params.pacticipant);
    await repo.deletePacticipant(db, row.id);
    return reply.code(204).send();
  });

  app.get<{ Params: { label: string } }>('/pacticipants/label/:label', async (request, reply) => {
    const rows = await repo.pacticipantsWithLabel(db, request.params.label);
    const items = await Promise.all(rows.map(async (row) => pacticipantJson(base(request), row, await repo.labelsOf(db, row.id))));
    return sendHal(reply, { _embedded: { pacticipants: items }, _links: { self: { href: `${base(request)}/pacticipants/label/${encodeURIComponent(request.params.label)}` } } });
  });

  type Labelled = { Params: { pacticipant: string; label: string } };
  const labelJson = (request: FastifyRequest, pacticipant: string, label: string) => ({
    name: label,
    _embedded: { pacticipant: { name: pacticipant, _links: { self: { href: links.pacticipant(base(request), pacticipant) } } } },
    _links: { self: { href: links.label(base(request), pacticipant, label) } },
  });
  app.put<Labelled>('/pacticipants/:pacticipant/labels/:label', async (request, reply) => {
    const row = await repo.ensurePacticipant(db, request.params.pacticipant);
    await repo.addLabel(db, row.id, request.params.label);
    return sendHal(reply, labelJson(request, row.name, request.params.label), 201);
  });
  app.get<Labelled>('/pacticipants/:pacticipant/labels/:label', async (request, reply) => {
    const row = await requirePacticipant(db, request.params.pacticipant);
    if (!(await repo.labelsOf(db, row.id)).includes(request.params.label)) throw notFound(`label "${request.params.label}" of pacticipant "${row.name}"`);
    return sendHal(reply, labelJson(request, row.name, request.params.label));
  });
  app.delete<Labelled>('/pacticipants/:pacticipant/labels/:label', async (request, reply) => {
    const row = await requirePacticipant(db, request.params.pacticipant);
    if (!(await repo.removeLabel(db, row.id, request.params.label))) throw notFound(`label "${request.params.label}" of pacticipant "${row.name}"`);
    return reply.code(204).send();
  });
};
