/** Row shapes as the repositories return them (snake_case columns, as stored). */
import { brokerErrors } from '../../errors';

export interface PacticipantRow {
  id: number;
  name: string;
  display_name: string | null;
  main_branch: string | null;
  repository_url: string | null;
  repository_name: string | null;
  repository_namespace: string | null;
  created_at: string;
  updated_at: string;
}

export interface VersionRow {
  id: number;
  pacticipant_id: number;
  number: string;
  build_url: string | null;
  created_at: string;
  updated_at: string;
}

export interface EnvironmentRow {
  id: number;
  uuid: string;
  name: string;
  display_name: string | null;
  production: number;
  contacts: string | null;
  created_at: string;
  updated_at: string;
}

export interface PactVersionRow {
  id: number;
  sha: string;
  consumer_id: number;
  provider_id: number;
  content: string;
  created_at: string;
}

/** A publication joined with what links and decorators need. */
export interface PublicationRow {
  id: number;
  consumer_version_id: number;
  provider_id: number;
  pact_version_id: number;
  revision: number;
  created_at: string;
  consumer_id: number;
  consumer_name: string;
  provider_name: string;
  consumer_version_number: string;
  sha: string;
}

export interface VerificationRow {
  id: number;
  number: number;
  pact_version_id: number;
  provider_version_id: number;
  success: number;
  build_url: string | null;
  test_results: string | null;
  verified_by: string | null;
  created_at: string;
  provider_version_number: string;
  provider_name: string;
  consumer_name: string;
  sha: string;
}

export interface DeployedVersionRow {
  id: number;
  uuid: string;
  version_id: number;
  environment_id: number;
  application_instance: string | null;
  created_at: string;
  undeployed_at: string | null;
  version_number: string;
  pacticipant_name: string;
  environment_uuid: string;
  environment_name: string;
}

export interface ReleasedVersionRow {
  id: number;
  uuid: string;
  version_id: number;
  environment_id: number;
  created_at: string;
  support_ended_at: string | null;
  version_number: string;
  pacticipant_name: string;
  environment_uuid: string;
  environment_name: string;
}

/** The current time as stored. */
export function now(): string {
  return new Date().toISOString();
}

/**
 * A row read back right after writing it; absent only when a concurrent request deleted its parent meanwhile.
 * @throws TreatyError TREATY_BROKER_CONCURRENT_CHANGE (409) naming what vanished.
 */
export function present<T>(row: T | undefined, what: string, action = 'save the change'): T {
  if (row === undefined) throw brokerErrors.TREATY_BROKER_CONCURRENT_CHANGE([action, what]);
  return row;
}

/** The tables placing a version in an environment, each with the column set when the placement ends. */
export const PLACEMENTS = {
  deployed: { table: 'deployed_versions', ended: 'undeployed_at' },
  released: { table: 'released_versions', ended: 'support_ended_at' },
} as const;

/** One of {@link PLACEMENTS}. */
export type Placement = (typeof PLACEMENTS)[keyof typeof PLACEMENTS];
