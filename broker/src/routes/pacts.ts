import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { pactJson, pactName } from '../hal/pact-json';
import { links } from '../hal/links';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { publishPact, readPactFor } from '../services/publish-pact';
import * as repo from '../storage/repositories/pacts';
import type { PublicationRow } from '../storage/repositories/rows';
import { requirePacticipant, requireVersion } from './lookups';

type PairParams = { provider: string; consumer: string };
type VersionParams = { Params: PairParams & { version: string } };

/** Pacts: publish by consumer version, fetch by version, latest, tag, branch or content SHA, delete. */
export const pactRoutes: FastifyPluginAsync = async (app) => {
  const { db, options } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, options);
  const render = async (request: FastifyRequest, row: PublicationRow | undefined, what: string, metadata?: string) => {
    if (!row) throw notFound(what);
    const content = await repo.findPactVersionById(db, row.pact_version_id);
    return pactJson(base(request), row, content!.content, metadata);
  };
  const pair = async (params: PairParams) => {
    const consumer = await requirePacticipant(db, params.consumer);
    const provider = await requirePacticipant(db, params.provider);
    return { consumerId: consumer.id, providerId: provider.id };
  };
  const pactPath = '/pacts/provider/:provider/consumer/:consumer';

  app.put<VersionParams>(`${pactPath}/version/:version`, async (request, reply) => {
    const { provider, consumer, version } = request.params;
    const pact = readPactFor(request.body, { consumer, provider }, `for ${consumer} version ${version}`);
    const result = await publishPact(db, { pact, consumerVersion: version, allowOverwrite: options.allowContractOverwrite === true });
    const body = await render(request, result.publication, 'pact');
    return sendHal(reply, body, result.outcome === 'created' ? 201 : 200);
  });

  app.get<VersionParams>(`${pactPath}/version/:version`, async (request, reply) => {
    const { provider, consumer, version } = request.params;
    const { version: row } = await requireVersion(db, consumer, version);
    const p = await requirePacticipant(db, provider);
    return sendHal(reply, await render(request, await repo.findPublication(db, row.id, p.id), `pact between ${consumer} version ${version} and ${provider}`));
  });

  app.delete<VersionParams>(`${pactPath}/version/:version`, async (request, reply) => {
    const { provider, consumer, version } = request.params;
    const { version: row } = await requireVersion(db, consumer, version);
    const p = await requirePacticipant(db, provider);
    if (!(await repo.deletePublication(db, row.id, p.id))) throw notFound(`pact between ${consumer} version ${version} and ${provider}`);
    return reply.code(204).send();
  });

  app.get<{ Params: PairParams }>(`${pactPath}/latest`, async (request, reply) => {
    const ids = await pair(request.params);
    return sendHal(reply, await render(request, await repo.latestPublication(db, ids), `latest pact between ${request.params.consumer} and ${request.params.provider}`));
  });
  app.get<{ Params: PairParams & { tag: string } }>(`${pactPath}/latest/:tag`, async (request, reply) => {
    const ids = await pair(request.params);
    const row = await repo.latestPublication(db, { ...ids, tag: request.params.tag });
    return sendHal(reply, await render(request, row, `latest pact between ${request.params.consumer} and ${request.params.provider} with tag "${request.params.tag}"`));
  });
  app.get<{ Params: PairParams & { branch: string } }>(`${pactPath}/branch/:branch/latest`, async (request, reply) => {
    const ids = await pair(request.params);
    const row = await repo.latestPublication(db, { ...ids, branch: request.params.branch });
    return sendHal(reply, await render(request, row, `latest pact between ${request.params.consumer} and ${request.params.provider} on branch "${request.params.branch}"`));
  });

  type ShaParams = { Params: PairParams & { sha: string; metadata?: string } };
  const bySha = async (request: FastifyRequest<ShaParams>) => {
    const ids = await pair(request.params);
    const row = await repo.latestPublication(db, { ...ids, sha: request.params.sha });
    return render(request, row, `pact version ${request.params.sha} between ${request.params.consumer} and ${request.params.provider}`, request.params.metadata);
  };
  app.get<ShaParams>(`${pactPath}/pact-version/:sha`, async (request, reply) => sendHal(reply, await bySha(request)));
  app.get<ShaParams>(`${pactPath}/pact-version/:sha/metadata/:metadata`, async (request, reply) => sendHal(reply, await bySha(request)));

  const latestList = async (request: FastifyRequest, filter: repo.PublicationFilter) => {
    const rows = await repo.findPublications(db, filter);
    const seen = new Set<string>();
    const latest = rows.filter((row) => {
      const key = `${row.consumer_id}/${row.provider_id}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return latest.map((row) => ({
      title: pactName(row),
      name: row.consumer_name,
      href: links.pact(base(request), row.provider_name, row.consumer_name, row.consumer_version_number),
    }));
  };
  app.get<{ Params: { provider: string } }>('/pacts/provider/:provider/latest', async (request, reply) => {
    const provider = await requirePacticipant(db, request.params.provider);
    const pacts = await latestList(request, { providerId: provider.id });
    return sendHal(reply, { _links: { self: { href: `${base(request)}${request.url}` }, provider: { name: provider.name, href: links.pacticipant(base(request), provider.name) }, 'pb:pacts': pacts, pacts } });
  });
  app.get<{ Params: { provider: string; tag: string } }>('/pacts/provider/:provider/latest/:tag', async (request, reply) => {
    const provider = await requirePacticipant(db, request.params.provider);
    const pacts = await latestList(request, { providerId: provider.id, tag: request.params.tag });
    return sendHal(reply, { _links: { self: { href: `${base(request)}${request.url}` }, provider: { name: provider.name, href: links.pacticipant(base(request), provider.name) }, 'pb:pacts': pacts, pacts } });
  });
  app.get('/pacts/latest', async (request, reply) => {
    const rows = await repo.findPublications(db, {});
    const seen = new Set<string>();
    const latest = rows.filter((row) => (seen.has(`${row.consumer_id}/${row.provider_id}`) ? false : (seen.add(`${row.consumer_id}/${row.provider_id}`), true)));
    const b = base(request);
    const pacts = latest.map((row) => ({
      createdAt: row.created_at,
      _links: {
        self: [
          { href: links.latestPact(b, row.provider_name, row.consumer_name) },
          { href: links.pact(b, row.provider_name, row.consumer_name, row.consumer_version_number) },
        ],
      },
      _embedded: {
        consumer: { name: row.consumer_name, _links: { self: { href: links.pacticipant(b, row.consumer_name) } }, _embedded: { version: { number: row.consumer_version_number } } },
        provider: { name: row.provider_name, _links: { self: { href: links.pacticipant(b, row.provider_name) } } },
      },
    }));
    return sendHal(reply, { pacts, _links: { self: { href: `${b}/pacts/latest` } } });
  });
};
