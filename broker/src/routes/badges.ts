import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  canIDeployBadgeText,
  canIMergeBadgeText,
  errorBadgeText,
  pactBadgeStatus,
  pactBadgeText,
  type BadgeText,
} from '../domain/badges';
import { summarise } from '../domain/deployment-summary';
import type { MatrixQuery } from '../domain/matrix-query';
import { badgeSvg } from '../hal/badge-svg';
import type { BrokerContext } from '../http/broker-context';
import { queryMatrix } from '../services/matrix';
import { findPacticipant } from '../storage/repositories/pacticipants';
import { latestPublication } from '../storage/repositories/pacts';
import { latestVerificationOfPair } from '../storage/repositories/verifications';

type Query = { label?: string; initials?: string };
type PactBadgeRequest = FastifyRequest<{
  Params: { provider: string; consumer: string; tag?: string; branch?: string; providerTag?: string };
  Querystring: Query;
}>;
type DeployBadgeRequest = FastifyRequest<{
  Params: { pacticipant: string; tag?: string; to?: string; branch?: string; environment?: string };
  Querystring: Query;
}>;

function sendSvg(reply: FastifyReply, text: BadgeText, comment?: string): FastifyReply {
  return reply.header('cache-control', 'no-cache').type('image/svg+xml; charset=utf-8').send(badgeSvg(text, comment));
}

/** Latest pact (by tag, branch or untagged) and the status of its latest verification. */
async function pactBadge(broker: BrokerContext, request: PactBadgeRequest, reply: FastifyReply, untagged = false) {
  const { provider, consumer, tag, branch, providerTag } = request.params;
  const naming = {
    label: request.query.label || undefined,
    initials: request.query.initials === 'true',
    consumerTag: providerTag ? tag : undefined,
    providerTag,
  };
  const [c, p] = await Promise.all([findPacticipant(broker.db, consumer), findPacticipant(broker.db, provider)]);
  const pact =
    c && p
      ? await latestPublication(broker.db, { consumerId: c.id, providerId: p.id, tag, branch, untagged })
      : undefined;
  if (!c || !p || !pact)
    return sendSvg(reply, pactBadgeText(undefined, 'never', naming), `${consumer} and ${provider}: no pact`);
  const verification = providerTag
    ? await matrixVerification(broker, consumer, tag!, provider, providerTag)
    : await latestVerificationOfPair(broker.db, { consumerId: c.id, providerId: p.id, consumerTag: tag });
  const status = pactBadgeStatus(
    pact.sha,
    verification ? { sha: verification.sha, success: verification.success === 1 } : undefined,
  );
  const comment =
    `${consumer} version ${pact.consumer_version_number} revision ${pact.revision} ${provider} ` +
    `version ${verification?.provider_version_number ?? '?'} number ${verification?.number ?? '?'}`;
  return sendSvg(reply, pactBadgeText({ consumer: c.name, provider: p.name }, status, naming), comment);
}

/** The newest verification between the latest tagged consumer version and the latest tagged provider version. */
async function matrixVerification(
  broker: BrokerContext,
  consumer: string,
  tag: string,
  provider: string,
  providerTag: string,
) {
  const query: MatrixQuery = {
    selectors: [
      { pacticipant: consumer, tag, latest: true },
      { pacticipant: provider, tag: providerTag, latest: true },
    ],
    ignore: [],
    latestby: 'cvpv',
  };
  const row = (await queryMatrix(broker.db, query)).rows.find((r) => r.verification?.kind === 'verification');
  return row?.verification
    ? {
        sha: row.sha,
        success: row.verification.success ? 1 : 0,
        provider_version_number: row.providerVersionNumber,
        number: row.verification.number,
      }
    : undefined;
}

/**
 * Whether the matrix query says deployable: null when unknown, 'missing' when the pacticipant's version does not exist.
 */
async function deployable(broker: BrokerContext, query: MatrixQuery): Promise<boolean | null | 'missing'> {
  const { rows, selectors } = await queryMatrix(broker.db, query);
  if (selectors[0]?.missing || selectors[0]?.pacticipantId === undefined) return 'missing';
  return summarise(rows, selectors).summary.deployable;
}

async function canIDeployBadge(broker: BrokerContext, request: DeployBadgeRequest, reply: FastifyReply) {
  const { pacticipant, tag, to, branch, environment } = request.params;
  const query: MatrixQuery =
    branch !== undefined
      ? { selectors: [{ pacticipant, branch, latest: true }], ignore: [], latestby: 'cvpv', environment }
      : { selectors: [{ pacticipant, tag, latest: true }], ignore: [], latestby: 'cvp', latest: true, tag: to };
  const result = await deployable(broker, query);
  if (result === 'missing') return sendSvg(reply, errorBadgeText('version', 'not found'));
  return sendSvg(
    reply,
    canIDeployBadgeText((branch ?? tag)!, (environment ?? to)!, result === true, request.query.label || undefined),
  );
}

async function canIMergeBadge(broker: BrokerContext, request: DeployBadgeRequest, reply: FastifyReply) {
  const query: MatrixQuery = {
    selectors: [{ pacticipant: request.params.pacticipant, mainBranch: true, latest: true }],
    ignore: [],
    latestby: 'cvp',
    mainBranch: true,
  };
  const result = await deployable(broker, query);
  if (result === 'missing') return sendSvg(reply, errorBadgeText('main branch version', 'not found'));
  return sendSvg(reply, canIMergeBadgeText(result));
}

const PAIR = '/pacts/provider/:provider/consumer/:consumer';

/**
 * SVG badges at the Pact Broker's URLs: pact status (latest, tag, branch, untagged), matrix, can-i-deploy, can-i-merge.
 */
export const badgeRoutes: FastifyPluginAsync = async (app) => {
  const broker = app.broker;
  const pact = (request: PactBadgeRequest, reply: FastifyReply) => pactBadge(broker, request, reply);
  app.get(`${PAIR}/latest/badge`, pact);
  app.get(`${PAIR}/latest/:tag/badge`, pact);
  app.get(`${PAIR}/branch/:branch/latest/badge`, pact);
  app.get(`${PAIR}/latest-untagged/badge`, (request: PactBadgeRequest, reply) =>
    pactBadge(broker, request, reply, true),
  );
  app.get('/matrix/provider/:provider/latest/:providerTag/consumer/:consumer/latest/:tag/badge', pact);
  const deploy = (request: DeployBadgeRequest, reply: FastifyReply) => canIDeployBadge(broker, request, reply);
  app.get('/pacticipants/:pacticipant/latest-version/:tag/can-i-deploy/to/:to/badge', deploy);
  app.get(
    '/pacticipants/:pacticipant/branches/:branch/latest-version/can-i-deploy/to-environment/:environment/badge',
    deploy,
  );
  app.get('/pacticipants/:pacticipant/main-branch/can-i-merge/badge', (request: DeployBadgeRequest, reply) =>
    canIMergeBadge(broker, request, reply),
  );
};
