import type { FastifyPluginAsync } from 'fastify';
import { branchRoutes } from './branches';
import { contractsPublishRoutes } from './contracts-publish';
import { deployedVersionRoutes } from './deployed-versions';
import { environmentRoutes } from './environments';
import { forVerificationRoutes } from './for-verification';
import { heartbeatRoutes } from './heartbeat';
import { indexRoutes } from './index-resource';
import { releasedVersionRoutes } from './released-versions';
import { integrationRoutes } from './integrations';
import { matrixRoutes } from './matrix';
import { pacticipantRoutes } from './pacticipants';
import { pacticipantLabelRoutes } from './pacticipant-labels';
import { pactListRoutes } from './pact-lists';
import { pactRoutes } from './pacts';
import { latestPactRoutes } from './latest-pacts';
import { tagRoutes } from './tags';
import { verificationResultRoutes } from './verification-results';
import { versionRoutes } from './versions';
import { webhookRoutes } from './webhooks';
import { metricsRoutes } from './metrics';
import { openApiDocumentRoutes } from './openapi-document';
import { providerContractRoutes } from './provider-contracts';
import { providerStateRoutes } from './provider-states';
import { repositoryUrlRoutes } from './repository-url';
import { postOnlyRoutes } from './post-only';
import { relationDocRoutes } from './relation-docs';
import { badgeRoutes } from './badges';
import { scopedWebhookRoutes } from './scoped-webhooks';
import { triggeredWebhookRoutes } from './triggered-webhooks';
import { relationshipRoutes } from './relationships';
import { pactDiffRoutes } from './pact-diffs';
import { apiTokenRoutes } from './api-tokens';
import { auditLogRoutes } from './audit-log';
import { webhookSecretRoutes } from './webhook-secrets';
import { diagnosticRoutes } from './diagnostics';

/** Every route plugin, registered in this order by `buildBroker`. Add a plugin here: one import, one entry. */
export const routePlugins: readonly FastifyPluginAsync[] = [
  indexRoutes,
  heartbeatRoutes,
  pacticipantRoutes,
  pacticipantLabelRoutes,
  versionRoutes,
  branchRoutes,
  tagRoutes,
  environmentRoutes,
  deployedVersionRoutes,
  releasedVersionRoutes,
  pactRoutes,
  latestPactRoutes,
  pactListRoutes,
  integrationRoutes,
  contractsPublishRoutes,
  verificationResultRoutes,
  forVerificationRoutes,
  matrixRoutes,
  webhookRoutes,
  metricsRoutes,
  openApiDocumentRoutes,
  providerContractRoutes,
  providerStateRoutes,
  repositoryUrlRoutes,
  postOnlyRoutes,
  relationDocRoutes,
  badgeRoutes,
  scopedWebhookRoutes,
  triggeredWebhookRoutes,
  relationshipRoutes,
  pactDiffRoutes,
  apiTokenRoutes,
  auditLogRoutes,
  webhookSecretRoutes,
  diagnosticRoutes,
];
