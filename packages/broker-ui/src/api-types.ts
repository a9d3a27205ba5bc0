/**
 * Shapes the broker's UI API answers with, shared by the broker (which builds them) and the client (which reads
 * them), so the two cannot drift. Types only: nothing here exists at run time.
 */

/** One consumer-provider pair as the index lists it: its latest pact and that pact's latest verification. */
export interface IntegrationSummary {
  consumer: string;
  provider: string;
  consumerVersion: string;
  publishedAt: string;
  sha: string;
  status: 'passed' | 'failed' | 'unverified';
  /** No provider version has ever verified this content successfully (a pending pact does not fail provider builds). */
  pending: boolean;
  verification: { number: number; providerVersion: string; verifiedAt: string } | null;
  /** The newest cross-contract check of this content against a provider contract (bi-directional), if any. */
  contract: { success: boolean; providerVersion: string; checkedAt: string } | null;
}
