import type { Database } from '../storage/database';
import { brokerCounts, distribution, firstAndLast, latestPactContents } from '../storage/repositories/broker-counts';

function interactionCounts(contents: readonly string[]): Record<string, number> {
  let interactions = 0;
  let messages = 0;
  for (const content of contents) {
    const pact = JSON.parse(content) as { interactions?: { type?: string }[]; messages?: unknown[] };
    const items = Array.isArray(pact.interactions) ? pact.interactions : [];
    const asyncOrSync = items.filter((i) => typeof i?.type === 'string' && /message/i.test(i.type)).length;
    interactions += items.length - asyncOrSync;
    messages += asyncOrSync + (Array.isArray(pact.messages) ? pact.messages.length : 0);
  }
  return { latestInteractionsCount: interactions, latestMessagesCount: messages, latestInteractionsAndMessagesCount: interactions + messages };
}

/**
 * The broker's metrics in the Pact Broker's JSON shape (`GET /metrics` with `Accept: application/json`).
 * `matrix.count` is -1 as in the Pact Broker (too costly to count).
 */
export async function brokerMetrics(db: Database): Promise<Record<string, unknown>> {
  const [c, publications, verifications, revisions, perPactVersion, contents] = await Promise.all([
    brokerCounts(db), firstAndLast(db, 'pact_publications'), firstAndLast(db, 'verifications'),
    distribution(db, 'revisions'), distribution(db, 'verifications'), latestPactContents(db),
  ]);
  return {
    interactions: interactionCounts(contents),
    pacticipants: { count: c.pacticipants, withMainBranchSetCount: c.pacticipantsWithMainBranch },
    integrations: { count: c.integrations },
    pactPublications: { count: c.pactPublications, ...publications },
    pactVersions: { count: c.pactVersions },
    pactRevisionsPerConsumerVersion: { distribution: revisions },
    verificationResults: {
      count: c.verifications, successCount: c.verificationSuccesses, failureCount: c.verifications - c.verificationSuccesses,
      distinctCount: c.verificationsDistinct, ...verifications,
    },
    verificationResultsPerPactVersion: { distribution: perPactVersion },
    pacticipantVersions: { count: c.versions, withUserCreatedBranchCount: c.versionsWithBranch, withBranchCount: c.versionsWithBranch, withBranchSetCount: c.versionsWithBranch },
    webhooks: { count: c.webhooks },
    tags: { count: c.tags, distinctCount: c.tagsDistinct, distinctWithPacticipantCount: c.tagsDistinctWithPacticipant },
    triggeredWebhooks: { count: c.triggeredWebhooks },
    webhookExecutions: { count: c.webhookExecutions },
    matrix: { count: -1 },
    environments: { count: c.environments },
    deployedVersions: { count: c.deployedVersions, userCreatedCount: c.deployedVersions, currentlyDeployedCount: c.currentlyDeployed },
    releasedVersions: { count: c.releasedVersions, currentlySupportedCount: c.currentlySupported },
  };
}
