import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { pacticipantJson } from '../hal/pacticipant-json';
import { links } from '../hal/links';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import * as repo from '../storage/repositories/pacticipants';
import { requirePacticipant } from './lookups';

type LabelledRequest = FastifyRequest<{ Params: { pacticipant: string; label: string } }>;

function labelJson(base: string, pacticipant: string, label: string): Record<string, unknown> {
  return {
    name: label,
    _embedded: { pacticipant: { name: pacticipant, _links: { self: { href: links.pacticipant(base, pacticipant) } } } },
    _links: { self: { href: links.label(base, pacticipant, label) } },
  };
}

async function withLabel(
  broker: BrokerContext,
  request: FastifyRequest<{ Params: { label: string } }>,
  reply: FastifyReply,
) {
  const base = baseUrlOf(request, broker.options);
  const rows = await repo.pacticipantsWithLabel(broker.db, request.params.label);
  const items = await Promise.all(
    rows.map(async (row) => pacticipantJson(base, row, await repo.labelsOf(broker.db, row.id))),
  );
  return sendHal(reply, {
    _embedded: { pacticipants: items },
    _links: { self: { href: `${base}/pacticipants/label/${encodeURIComponent(request.params.label)}` } },
  });
}

async function addLabel(broker: BrokerContext, request: LabelledRequest, reply: FastifyReply) {
  const row = await repo.ensurePacticipant(broker.db, request.params.pacticipant);
  await repo.addLabel(broker.db, row.id, request.params.label);
  return sendHal(reply, labelJson(baseUrlOf(request, broker.options), row.name, request.params.label), 201);
}

async function getLabel(broker: BrokerContext, request: LabelledRequest, reply: FastifyReply) {
  const row = await requirePacticipant(broker.db, request.params.pacticipant);
  if (!(await repo.labelsOf(broker.db, row.id)).includes(request.params.label))
    throw notFound(`label "${request.params.label}" of pacticipant "${row.name}"`);
  return sendHal(reply, labelJson(baseUrlOf(request, broker.options), row.name, request.params.label));
}

async function removeLabel(broker: BrokerContext, request: LabelledRequest, reply: FastifyReply) {
  const row = await requirePacticipant(broker.db, request.params.pacticipant);
  if (!(await repo.removeLabel(broker.db, row.id, request.params.label)))
    throw notFound(`label "${request.params.label}" of pacticipant "${row.name}"`);
  return reply.code(204).send();
}

/** Pacticipant labels: `/pacticipants/{name}/labels/{label}` and `/pacticipants/label/{label}`. */
export const pacticipantLabelRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.get('/pacticipants/label/:label', (request: FastifyRequest<{ Params: { label: string } }>, reply) =>
    withLabel(broker, request, reply),
  );
  app.put('/pacticipants/:pacticipant/labels/:label', (request: LabelledRequest, reply) =>
    addLabel(broker, request, reply),
  );
  app.get('/pacticipants/:pacticipant/labels/:label', (request: LabelledRequest, reply) =>
    getLabel(broker, request, reply),
  );
  app.delete('/pacticipants/:pacticipant/labels/:label', (request: LabelledRequest, reply) =>
    removeLabel(broker, request, reply),
  );
};
