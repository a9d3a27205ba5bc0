import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { links } from '../hal/links';
import { pactName } from '../hal/pact-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { findPublications, type PublicationFilter } from '../storage/repositories/pacts';
import type { PublicationRow } from '../storage/repositories/rows';
import { requirePacticipant } from './lookups';

type ProviderRequest = FastifyRequest<{ Params: { provider: string; tag?: string } }>;

/** The newest publication of each consumer/provider pair (rows come newest first). */
function latestPerPair(rows: PublicationRow[]): PublicationRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.consumer_id}/${row.provider_id}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

async function providerLatest(broker: BrokerContext, request: ProviderRequest, reply: FastifyReply) {
  const base = baseUrlOf(request, broker.options);
  const provider = await requirePacticipant(broker.db, request.params.provider);
  const filter: PublicationFilter = { providerId: provider.id, tag: request.params.tag };
  const pacts = latestPerPair(await findPublications(broker.db, filter)).map((row) => ({
    title: pactName(row),
    name: row.consumer_name,
    href: links.pact(base, row.provider_name, row.consumer_name, row.consumer_version_number),
  }));
  const providerLink = { name: provider.name, href: links.pacticipant(base, provider.name) };
  return sendHal(reply, {
    _links: { self: { href: `${base}${request.url}` }, provider: providerLink, 'pb:pacts': pacts, pacts },
  });
}

function latestPactJson(base: string, row: PublicationRow): Record<string, unknown> {
  return {
    createdAt: row.created_at,
    _links: {
      self: [
        { href: links.latestPact(base, row.provider_name, row.consumer_name) },
        { href: links.pact(base, row.provider_name, row.consumer_name, row.consumer_version_number) },
      ],
    },
    _embedded: {
      consumer: {
        name: row.consumer_name,
        _links: { self: { href: links.pacticipant(base, row.consumer_name) } },
        _embedded: { version: { number: row.consumer_version_number } },
      },
      provider: { name: row.provider_name, _links: { self: { href: links.pacticipant(base, row.provider_name) } } },
    },
  };
}

async function allLatest(broker: BrokerContext, request: FastifyRequest, reply: FastifyReply) {
  const base = baseUrlOf(request, broker.options);
  const pacts = latestPerPair(await findPublications(broker.db, {})).map((row) => latestPactJson(base, row));
  return sendHal(reply, { pacts, _links: { self: { href: `${base}/pacts/latest` } } });
}

/** The latest pact of each integration: of one provider (optionally with a tag), or of every pair. */
export const latestPactRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.get('/pacts/provider/:provider/latest', (request: ProviderRequest, reply) =>
    providerLatest(broker, request, reply),
  );
  app.get('/pacts/provider/:provider/latest/:tag', (request: ProviderRequest, reply) =>
    providerLatest(broker, request, reply),
  );
  app.get('/pacts/latest', (request, reply) => allLatest(broker, request, reply));
};
