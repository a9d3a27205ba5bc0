import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { invalid } from '../errors';
import { summarise } from '../domain/deployment-summary';
import { parseMatrixQuery, validateMatrixQuery, type MatrixQuery } from '../domain/matrix-query';
import { matrixRowJson, type VersionLabels } from '../hal/matrix-json';
import { baseUrlOf } from '../http/broker-context';
import { sendHal } from '../http/hal';
import { queryMatrix } from '../services/matrix';
import type { Database } from '../storage/database';
import { labelsOfVersions } from '../storage/repositories/version-labels';
import { requirePacticipant } from './lookups';

function labelsFor(db: Database, ids: Iterable<number>): Promise<Map<number, VersionLabels>> {
  return labelsOfVersions(db, [...ids]);
}

function searchOf(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at < 0 ? '' : request.url.slice(at + 1);
}

/** Build the `canIDeploy` query the `/can-i-deploy` resource stands for. */
function canIDeployQuery(search: string): MatrixQuery {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key) ?? undefined;
  const errors: Record<string, string[]> = {};
  if (!get('pacticipant')) errors.pacticipant = ['is missing'];
  if (!get('version') && !get('branch') && get('mainBranch') !== 'true')
    errors.version = ['is missing (or give branch or mainBranch=true)'];
  if (get('to') && get('environment')) errors.environment = ['cannot be given with to'];
  if (Object.keys(errors).length) throw invalid('check can-i-deploy', errors);
  const selector = get('version')
    ? { pacticipant: get('pacticipant')!, version: get('version') }
    : {
        pacticipant: get('pacticipant')!,
        branch: get('branch'),
        mainBranch: get('mainBranch') === 'true' || undefined,
        latest: true,
      };
  const environment = get('environment');
  return environment
    ? { selectors: [selector], ignore: [], latestby: 'cvpv', environment }
    : { selectors: [selector], ignore: [], latestby: 'cvp', latest: true, tag: get('to') };
}

/** `GET /matrix`, the matrix of one integration (`/matrix/provider/{p}/consumer/{c}`) and `GET /can-i-deploy`. */
export const matrixRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.broker;
  const answer = async (request: FastifyRequest, query: MatrixQuery) => {
    const errors = validateMatrixQuery(query);
    if (errors.length) throw invalid('query the matrix', { q: errors });
    const { rows, selectors } = await queryMatrix(db, query);
    const { summary, notices } = summarise(rows, selectors);
    const ids = new Set<number>();
    for (const row of rows) {
      ids.add(row.consumerVersionId);
      if (row.providerVersionId) ids.add(row.providerVersionId);
    }
    const labels = await labelsFor(db, ids);
    const base = baseUrlOf(request, app.broker.options);
    return {
      summary,
      notices,
      matrix: rows.map((row) => matrixRowJson(base, row, (id) => labels.get(id))),
      _links: { self: { href: `${base}${request.url}` } },
    };
  };
  app.get('/matrix', async (request, reply) =>
    sendHal(reply, await answer(request, parseMatrixQuery(searchOf(request)))),
  );
  app.get(
    '/matrix/provider/:provider/consumer/:consumer',
    async (request: FastifyRequest<{ Params: { provider: string; consumer: string } }>, reply) => {
      const { provider, consumer } = request.params;
      await Promise.all([requirePacticipant(db, consumer), requirePacticipant(db, provider)]);
      return sendHal(
        reply,
        await answer(request, {
          selectors: [{ pacticipant: consumer }, { pacticipant: provider }],
          ignore: [],
          limit: 100,
        }),
      );
    },
  );
  app.get('/can-i-deploy', async (request, reply) =>
    sendHal(reply, await answer(request, canIDeployQuery(searchOf(request)))),
  );
};
