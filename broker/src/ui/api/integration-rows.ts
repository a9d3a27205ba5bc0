import type { IntegrationSummary } from '@treaty/broker-ui';
import type { Database } from '../../storage/database';

/** One consumer-provider pair with its latest pact and that pact's latest verification, with the ids joins need. */
export interface IntegrationRow extends IntegrationSummary {
  consumerId: number;
  providerId: number;
  consumerVersionId: number;
}

interface Raw {
  consumer: string;
  provider: string;
  consumer_id: number;
  provider_id: number;
  consumer_version: string;
  consumer_version_id: number;
  published_at: string;
  sha: string;
  v_number: number | null;
  v_success: number | null;
  v_at: string | null;
  provider_version: string | null;
  ever_passed: number | string;
  c_success: number | null;
  c_at: string | null;
  contract_version: string | null;
}

// The latest publication of each pair, then the newest verification of its content and its newest cross-contract check.
const SQL = `SELECT c.name AS consumer, p.name AS provider, c.id AS consumer_id, p.id AS provider_id,
    v.number AS consumer_version, v.id AS consumer_version_id, pp.created_at AS published_at, pv.sha,
    ver.number AS v_number, ver.success AS v_success, ver.created_at AS v_at, prv.number AS provider_version,
    (SELECT COUNT(*) FROM verifications s
      WHERE s.pact_version_id = pp.pact_version_id AND s.success = 1) AS ever_passed,
    cr.success AS c_success, cr.created_at AS c_at, cv.number AS contract_version
  FROM (SELECT MAX(pp2.id) AS id FROM pact_publications pp2 JOIN versions v2 ON v2.id = pp2.consumer_version_id
        GROUP BY v2.pacticipant_id, pp2.provider_id) latest
  JOIN pact_publications pp ON pp.id = latest.id
  JOIN versions v ON v.id = pp.consumer_version_id
  JOIN pacticipants c ON c.id = v.pacticipant_id
  JOIN pacticipants p ON p.id = pp.provider_id
  JOIN pact_versions pv ON pv.id = pp.pact_version_id
  LEFT JOIN verifications ver
    ON ver.id = (SELECT MAX(x.id) FROM verifications x WHERE x.pact_version_id = pp.pact_version_id)
  LEFT JOIN versions prv ON prv.id = ver.provider_version_id
  LEFT JOIN cross_contract_results cr
    ON cr.id = (SELECT MAX(r.id) FROM cross_contract_results r WHERE r.pact_version_id = pp.pact_version_id)
  LEFT JOIN provider_contracts pc ON pc.id = cr.provider_contract_id
  LEFT JOIN versions cv ON cv.id = pc.provider_version_id`;

function statusOf(verified: boolean, raw: Raw): IntegrationRow['status'] {
  if (verified) return Number(raw.v_success) ? 'passed' : 'failed';
  if (raw.c_success === null || raw.c_success === undefined) return 'unverified';
  return Number(raw.c_success) ? 'passed' : 'failed';
}

function toRow(raw: Raw): IntegrationRow {
  const verified = raw.v_number !== null && raw.v_number !== undefined;
  const checked = raw.c_success !== null && raw.c_success !== undefined;
  return {
    consumer: raw.consumer,
    provider: raw.provider,
    consumerId: Number(raw.consumer_id),
    providerId: Number(raw.provider_id),
    consumerVersion: raw.consumer_version,
    consumerVersionId: Number(raw.consumer_version_id),
    publishedAt: raw.published_at,
    sha: raw.sha,
    status: statusOf(verified, raw),
    pending: Number(raw.ever_passed) === 0 && !(checked && Number(raw.c_success)),
    verification: verified
      ? { number: Number(raw.v_number), providerVersion: raw.provider_version ?? '', verifiedAt: raw.v_at ?? '' }
      : null,
    contract: checked
      ? {
          success: Boolean(Number(raw.c_success)),
          providerVersion: raw.contract_version ?? '',
          checkedAt: raw.c_at ?? '',
        }
      : null,
  };
}

/**
 * Every integration with its latest pact and verification, in one query (the index, the graph and search read it).
 * @example const rows = await integrationRows(db);
 */
export async function integrationRows(db: Database): Promise<IntegrationRow[]> {
  return (await db.all<Raw>(SQL)).map(toRow);
}
