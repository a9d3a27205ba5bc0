import { pactBadgeStatus, type PactBadgeStatus } from '../domain/badges';
import type { Database } from '../storage/database';
import { listIntegrations, type IntegrationRow } from '../storage/repositories/integrations';
import { latestPublication } from '../storage/repositories/pacts';
import type { PublicationRow, VerificationRow } from '../storage/repositories/rows';
import { latestVerificationOfPair } from '../storage/repositories/verifications';

/** An integration with its latest pact, the latest verification between the two, and the resulting status. */
export interface IntegrationSummary {
  integration: IntegrationRow;
  latestPact: PublicationRow;
  latestVerification: VerificationRow | undefined;
  verificationStatus: PactBadgeStatus;
}

/** Summarise every integration (or those of one pacticipant): three indexed lookups per integration. */
export async function integrationSummaries(db: Database, pacticipantId?: number): Promise<IntegrationSummary[]> {
  const integrations = await listIntegrations(db, pacticipantId);
  const summaries = await Promise.all(
    integrations.map(async (integration): Promise<IntegrationSummary | undefined> => {
      const pair = { consumerId: integration.consumer_id, providerId: integration.provider_id };
      const [latestPact, latestVerification] = await Promise.all([latestPublication(db, pair), latestVerificationOfPair(db, pair)]);
      if (!latestPact) return undefined;
      const status = pactBadgeStatus(latestPact.sha, latestVerification && { sha: latestVerification.sha, success: latestVerification.success === 1 });
      return { integration, latestPact, latestVerification, verificationStatus: status };
    }),
  );
  return summaries.filter((s): s is IntegrationSummary => s !== undefined);
}
