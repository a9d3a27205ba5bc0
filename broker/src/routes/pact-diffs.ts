import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { jsonDiff } from '../domain/json-diff';
import { pactDiffText } from '../domain/pact-diff-text';
import { notFound } from '../errors';
import { links } from '../hal/links';
import { pactJson, pactName } from '../hal/pact-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { findPactVersionById, findPublications } from '../storage/repositories/pacts';
import type { PublicationRow } from '../storage/repositories/rows';
import { latestVerification } from '../storage/repositories/verifications';
import { getOnPaths } from './get-on-paths';
import { requirePacticipant } from './lookups';

type DiffParams = {
  provider: string;
  consumer: string;
  version?: string;
  other?: string;
  sha?: string;
  otherSha?: string;
};
type DiffRequest = FastifyRequest<{ Params: DiffParams }>;

const DIFF_LIMIT = 500;

/** Every publication of the pair, newest first. */
async function pairPublications(broker: BrokerContext, params: DiffParams): Promise<PublicationRow[]> {
  const consumer = await requirePacticipant(broker.db, params.consumer);
  const provider = await requirePacticipant(broker.db, params.provider);
  return findPublications(broker.db, { consumerId: consumer.id, providerId: provider.id });
}

function pick(rows: PublicationRow[], what: string, test: (row: PublicationRow) => boolean): PublicationRow {
  const row = rows.find(test);
  if (!row) throw notFound(what);
  return row;
}

/** The newest publication before `row` (of an older consumer version) whose content differs. */
function previousDistinct(rows: PublicationRow[], row: PublicationRow, params: DiffParams): PublicationRow {
  const older = rows.slice(rows.indexOf(row) + 1);
  return pick(
    older,
    `a previous distinct version of the pact between ${params.consumer} ` +
      `version ${row.consumer_version_number} and ${params.provider}`,
    (r) => r.sha !== row.sha,
  );
}

async function contentOf(broker: BrokerContext, row: PublicationRow): Promise<unknown> {
  return JSON.parse((await findPactVersionById(broker.db, row.pact_version_id))!.content) as unknown;
}

/** Answer a diff as text (the Pact Broker's form) or, when JSON is asked for, as a list of differences with links. */
async function sendDiff(
  broker: BrokerContext,
  request: DiffRequest,
  reply: FastifyReply,
  from: PublicationRow,
  to: PublicationRow,
) {
  const differences = jsonDiff(await contentOf(broker, from), await contentOf(broker, to), '$', DIFF_LIMIT);
  if (!/application\/(hal\+)?json/.test(request.headers.accept ?? '')) {
    return reply
      .type('text/plain; charset=utf-8')
      .send(pactDiffText(from.consumer_version_number, to.consumer_version_number, differences));
  }
  const base = baseUrlOf(request, broker.options);
  const pactLink = (row: PublicationRow) => ({
    name: row.consumer_version_number,
    href: links.pact(base, row.provider_name, row.consumer_name, row.consumer_version_number),
  });
  return sendHal(reply, {
    differences,
    truncated: differences.length >= DIFF_LIMIT,
    _links: { self: { href: `${base}${request.url}` }, 'pb:from': pactLink(from), 'pb:to': pactLink(to) },
  });
}

async function diff(broker: BrokerContext, request: DiffRequest, reply: FastifyReply) {
  const { params } = request;
  const rows = await pairPublications(broker, params);
  const byVersion = (number: string) =>
    pick(
      rows,
      `pact between ${params.consumer} version ${number} and ${params.provider}`,
      (r) => r.consumer_version_number === number,
    );
  const bySha = (sha: string) =>
    pick(rows, `pact version ${sha} between ${params.consumer} and ${params.provider}`, (r) => r.sha === sha);
  const to = params.version !== undefined ? byVersion(params.version) : bySha(params.sha!);
  if (
    params.other === undefined &&
    params.otherSha === undefined &&
    !rows.slice(rows.indexOf(to) + 1).some((r) => r.sha !== to.sha)
  ) {
    // As the Pact Broker: the first distinct version has nothing to compare with, which is an answer, not a missing
    // resource.
    const text = `No previous distinct version was found for ${pactName(to)}`;
    return /application\/(hal\+)?json/.test(request.headers.accept ?? '')
      ? sendHal(reply, { differences: [], notice: text })
      : reply.type('text/plain; charset=utf-8').send(`${text}\n`);
  }
  const from =
    params.other !== undefined
      ? byVersion(params.other)
      : params.otherSha !== undefined
        ? bySha(params.otherSha)
        : previousDistinct(rows, to, params);
  return sendDiff(broker, request, reply, from, to);
}

async function getPreviousDistinct(broker: BrokerContext, request: DiffRequest, reply: FastifyReply) {
  const { params } = request;
  const rows = await pairPublications(broker, params);
  const row = pick(
    rows,
    `pact between ${params.consumer} version ${params.version} and ${params.provider}`,
    (r) => r.consumer_version_number === params.version,
  );
  const previous = previousDistinct(rows, row, params);
  const [content, verification] = await Promise.all([
    findPactVersionById(broker.db, previous.pact_version_id),
    latestVerification(broker.db, previous.pact_version_id),
  ]);
  return sendHal(
    reply,
    pactJson(baseUrlOf(request, broker.options), previous, content!.content, undefined, verification !== undefined),
  );
}

const PAIR = '/pacts/provider/:provider/consumer/:consumer';

const DIFF_PATHS = [
  `${PAIR}/version/:version/diff/previous-distinct`,
  `${PAIR}/version/:version/diff/version/:other`,
  `${PAIR}/pact-version/:sha/diff/pact-version/:otherSha`,
];

/** A pact's previous distinct version and diffs: against it, against another consumer version, between two contents. */
export const pactDiffRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  app.get(`${PAIR}/version/:version/previous-distinct`, (request: DiffRequest, reply) =>
    getPreviousDistinct(broker, request, reply),
  );
  getOnPaths(app, DIFF_PATHS, diff);
};
