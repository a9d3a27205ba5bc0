import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { links } from '../hal/links';
import { pactJson, pactName } from '../hal/pact-json';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { findPactVersionById, findPublications, type PublicationFilter } from '../storage/repositories/pacts';
import type { PublicationRow } from '../storage/repositories/rows';
import { requirePacticipant } from './lookups';

function latestPerConsumer(rows: PublicationRow[]): PublicationRow[] {
  const seen = new Set<number>();
  return rows.filter((row) => (seen.has(row.consumer_id) ? false : (seen.add(row.consumer_id), true)));
}

type ProviderParams = { Params: { provider: string; branch?: string } };
type PairParams = { Params: { provider: string; consumer: string; branch?: string } };

/** Lists of pacts by provider (all, main branch, branch; latest or every version) and by consumer/provider pair. */
export const pactListRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, app.broker.options);
  const linkOf = (request: FastifyRequest, row: PublicationRow) => ({
    title: pactName(row),
    name: row.consumer_name,
    href: links.pact(base(request), row.provider_name, row.consumer_name, row.consumer_version_number),
  });

  const providerList = (filter: (request: FastifyRequest<ProviderParams>) => PublicationFilter, latest: boolean) =>
    async (request: FastifyRequest<ProviderParams>) => {
      const provider = await requirePacticipant(db, request.params.provider);
      const rows = await findPublications(db, { ...filter(request), providerId: provider.id });
      const pacts = (latest ? latestPerConsumer(rows) : rows).map((row) => linkOf(request, row));
      return {
        _links: {
          self: { href: `${base(request)}${request.url}`, title: `Pacts for the provider ${provider.name}` },
          'pb:provider': { name: provider.name, href: links.pacticipant(base(request), provider.name) },
          'pb:pacts': pacts,
        },
      };
    };
  const routes: [string, (r: FastifyRequest<ProviderParams>) => PublicationFilter, boolean][] = [
    ['/pacts/provider/:provider', () => ({}), false],
    ['/pacts/provider/:provider/branch', () => ({ mainBranch: true }), false],
    ['/pacts/provider/:provider/branch/latest', () => ({ mainBranch: true }), true],
    ['/pacts/provider/:provider/branch/:branch', (r) => ({ branch: r.params.branch }), false],
    ['/pacts/provider/:provider/branch/:branch/latest', (r) => ({ branch: r.params.branch }), true],
    ['/pacts/provider/:provider/tag/:branch', (r) => ({ tag: r.params.branch }), false],
  ];
  for (const [url, filter, latest] of routes) {
    const handler = providerList(filter, latest);
    app.get<ProviderParams>(url, async (request, reply) => sendHal(reply, await handler(request)));
  }

  const pairList = async (request: FastifyRequest<PairParams>, filter: PublicationFilter) => {
    const provider = await requirePacticipant(db, request.params.provider);
    const consumer = await requirePacticipant(db, request.params.consumer);
    const rows = await findPublications(db, { ...filter, providerId: provider.id, consumerId: consumer.id });
    return {
      _embedded: {
        pacts: rows.map((row) => ({
          createdAt: row.created_at,
          _embedded: { consumerVersion: { number: row.consumer_version_number, _links: { self: { title: 'Version', name: row.consumer_version_number, href: links.version(base(request), consumer.name, row.consumer_version_number) } } } },
          _links: { self: { href: linkOf(request, row).href, title: pactName(row) } },
        })),
      },
      _links: {
        self: { href: `${base(request)}${request.url}`, title: `All versions of the pact between ${consumer.name} and ${provider.name}` },
        consumer: { href: links.pacticipant(base(request), consumer.name), title: 'Consumer', name: consumer.name },
        provider: { href: links.pacticipant(base(request), provider.name), title: 'Provider', name: provider.name },
      },
    };
  };
  const pair = '/pacts/provider/:provider/consumer/:consumer';
  app.get<PairParams>(`${pair}/versions`, async (request, reply) => sendHal(reply, await pairList(request, {})));
  app.get<PairParams>(`${pair}/branch`, async (request, reply) => sendHal(reply, await pairList(request, { mainBranch: true })));
  app.get<PairParams>(`${pair}/branch/:branch`, async (request, reply) => sendHal(reply, await pairList(request, { branch: request.params.branch })));
  app.get<PairParams>(`${pair}/branch/latest`, async (request, reply) => {
    const provider = await requirePacticipant(db, request.params.provider);
    const consumer = await requirePacticipant(db, request.params.consumer);
    const [row] = await findPublications(db, { providerId: provider.id, consumerId: consumer.id, mainBranch: true }, 1);
    if (!row) throw notFound(`latest pact between ${consumer.name} and ${provider.name} on the main branch`);
    const content = await findPactVersionById(db, row.pact_version_id);
    return sendHal(reply, pactJson(base(request), row, content!.content));
  });
};
