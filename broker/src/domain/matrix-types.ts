/** A matrix selector after its versions were looked up. */
export interface ResolvedSelector {
  pacticipantName: string;
  pacticipantId?: number;
  /** Version ids it stands for, or every version. */
  versionIds: number[] | 'all';
  /** Words for reasons, e.g. "version 1.0.0 of Web". */
  description: string;
  /** Given by the caller (not inferred for can-i-deploy). */
  specified: boolean;
  /** A version/latest/tag/branch was asked for and does not exist. */
  missing: boolean;
}

/** One matrix row: a consumer version's pact and (maybe) one verification of it. */
export interface MatrixRow {
  consumerName: string;
  consumerVersionId: number;
  consumerVersionNumber: string;
  providerName: string;
  providerVersionId?: number;
  providerVersionNumber?: string;
  pactVersionId: number;
  sha: string;
  pactCreatedAt: string;
  /**
   * `kind: 'cross-contract'` is a provider contract's result against the pact (bi-directional), not a verification run.
   */
  verification?: {
    id: number;
    number: number;
    success: boolean;
    createdAt: string;
    kind: 'verification' | 'cross-contract';
  };
  ignored?: boolean;
}

/** The summary `GET /matrix` and `GET /can-i-deploy` answer with. */
export interface DeploymentSummary {
  deployable: boolean | null;
  reason: string;
  success: number;
  failed: number;
  unknown: number;
  ignored?: number;
}
