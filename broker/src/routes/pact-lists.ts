import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { links } from '../hal/links';
import { pactJson, pactName, withPactsLink } from '../hal/pact-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { findPactVersionById, findPublications, type PublicationFilter } from '../storage/repositories/pacts';
import type { PacticipantRow, PublicationRow } from '../storage/repositories/rows';
import { latestVerification } from '../storage/repositories/verifications';
import { requirePacticipant } from './lookups';

type ProviderRequest = FastifyRequest<{ Params: { provider: string; branch?: string } }>;
type PairRequest = FastifyRequest<{ Params: { provider: string; consumer: string; branch?: string; tag?: string } }>;
type FilterOf<R> = (request: R) => PublicationFilter;

function latestPerConsumer(rows: PublicationRow[]): PublicationRow[] {
  const seen = new Set<number>();
  return rows.filter((row) => (seen.has(row.consumer_id) ? false : (seen.add(row.consumer_id), true)));
}

function linkOf(base: string, row: PublicationRow) {
  return {
    title: pactName(row),
    name: row.consumer_name,
    href: links.pact(base, row.provider_name, row.consumer_name, row.consumer_version_number),
  };
}

async function providerList(
  broker: BrokerContext,
  request: ProviderRequest,
  reply: FastifyReply,
  filter: PublicationFilter,
  latest: boolean,
) {
  const base = baseUrlOf(request, broker.options);
  const provider = await requirePacticipant(broker.db, request.params.provider);
  const rows = await findPublications(broker.db, { ...filter, providerId: provider.id });
  const pacts = (latest ? latestPerConsumer(rows) : rows).map((row) => linkOf(base, row));
  return sendHal(reply, {
    _links: {
      self: { href: `${base}${request.url}`, title: `Pacts for the provider ${provider.name}` },
      'pb:provider': { name: provider.name, href: links.pacticipant(base, provider.name) },
      'pb:pacts': pacts,
    },
  });
}

async function pairOf(
  broker: BrokerContext,
  request: PairRequest,
): Promise<{ provider: PacticipantRow; consumer: PacticipantRow }> {
  const provider = await requirePacticipant(broker.db, request.params.provider);
  const consumer = await requirePacticipant(broker.db, request.params.consumer);
  return { provider, consumer };
}

function pairPactJson(base: string, consumer: string, row: PublicationRow): Record<string, unknown> {
  const version = row.consumer_version_number;
  return {
    createdAt: row.created_at,
    _embedded: {
      consumerVersion: {
        number: version,
        _links: { self: { title: 'Version', name: version, href: links.version(base, consumer, version) } },
      },
    },
    _links: { self: { href: linkOf(base, row).href, title: pactName(row) } },
  };
}

async function pairList(
  broker: BrokerContext,
  request: PairRequest,
  reply: FastifyReply,
  filter: PublicationFilter,
  latest = false,
) {
  const base = baseUrlOf(request, broker.options);
  const { provider, consumer } = await pairOf(broker, request);
  const rows = await findPublications(
    broker.db,
    { ...filter, providerId: provider.id, consumerId: consumer.id },
    latest ? 1 : undefined,
  );
  const tagged = filter.tag === undefined ? '' : ` with tag ${filter.tag}`;
  return sendHal(reply, {
    _embedded: { pacts: rows.map((row) => pairPactJson(base, consumer.name, row)) },
    _links: {
      self: {
        href: `${base}${request.url}`,
        title: `All versions of the pact between ${consumer.name} and ${provider.name}${tagged}`,
      },
      consumer: { href: links.pacticipant(base, consumer.name), title: 'Consumer', name: consumer.name },
      provider: { href: links.pacticipant(base, provider.name), title: 'Provider', name: provider.name },
      'pb:consumer': { href: links.pacticipant(base, consumer.name), title: 'Consumer', name: consumer.name },
      'pb:provider': { href: links.pacticipant(base, provider.name), title: 'Provider', name: provider.name },
      'pb:pact-versions': rows.map((row) => ({
        href: linkOf(base, row).href,
        title: 'Pact version',
        name: `Version ${row.consumer_version_number} - ${row.created_at}`,
      })),
      // The official Rust CLI's `get-pacts --consumer` reads `pb:pacts` (name, title, href) from these lists.
      'pb:pacts': rows.map((row) => linkOf(base, row)),
    },
  });
}

async function pairMainBranchLatest(broker: BrokerContext, request: PairRequest, reply: FastifyReply) {
  const { provider, consumer } = await pairOf(broker, request);
  const [row] = await findPublications(
    broker.db,
    { providerId: provider.id, consumerId: consumer.id, mainBranch: true },
    1,
  );
  if (!row) throw notFound(`latest pact between ${consumer.name} and ${provider.name} on the main branch`);
  const [content, verification] = await Promise.all([
    findPactVersionById(broker.db, row.pact_version_id),
    latestVerification(broker.db, row.pact_version_id),
  ]);
  return sendHal(
    reply,
    withPactsLink(
      pactJson(baseUrlOf(request, broker.options), row, content!.content, undefined, verification !== undefined),
    ),
  );
}

const PROVIDER_LISTS: [string, FilterOf<ProviderRequest>, boolean][] = [
  ['/pacts/provider/:provider', () => ({}), false],
  ['/pacts/provider/:provider/branch', () => ({ mainBranch: true }), false],
  ['/pacts/provider/:provider/branch/latest', () => ({ mainBranch: true }), true],
  ['/pacts/provider/:provider/branch/:branch', (r) => ({ branch: r.params.branch }), false],
  ['/pacts/provider/:provider/branch/:branch/latest', (r) => ({ branch: r.params.branch }), true],
  ['/pacts/provider/:provider/tag/:branch', (r) => ({ tag: r.params.branch }), false],
];

const PAIR = '/pacts/provider/:provider/consumer/:consumer';
const PAIR_LISTS: [string, FilterOf<PairRequest>, boolean][] = [
  [`${PAIR}/versions`, () => ({}), false],
  [`${PAIR}/tag/:tag`, (r) => ({ tag: r.params.tag }), false],
  [`${PAIR}/branch`, () => ({ mainBranch: true }), false],
  [`${PAIR}/branch/versions`, () => ({ mainBranch: true }), false],
  [`${PAIR}/branch/latest/versions`, () => ({ mainBranch: true }), true],
  [`${PAIR}/branch/:branch`, (r) => ({ branch: r.params.branch }), false],
  [`${PAIR}/branch/:branch/latest/versions`, (r) => ({ branch: r.params.branch }), true],
];

/** Lists of pacts by provider (all, main branch, branch; latest or every version) and by consumer/provider pair. */
export const pactListRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  for (const [url, filter, latest] of PROVIDER_LISTS)
    app.get(url, (request: ProviderRequest, reply) => providerList(broker, request, reply, filter(request), latest));
  for (const [url, filter, latest] of PAIR_LISTS)
    app.get(url, (request: PairRequest, reply) => pairList(broker, request, reply, filter(request), latest));
  app.get(`${PAIR}/branch/latest`, (request: PairRequest, reply) => pairMainBranchLatest(broker, request, reply));
};
