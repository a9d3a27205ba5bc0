import type { Database } from '../database';
import { now, present, type VerificationRow } from './rows';

/** A provider contract as stored, with its provider and version names. */
export interface ProviderContractRow {
  id: number;
  provider_id: number;
  provider_version_id: number;
  content: string;
  content_type: string;
  contract_type: string;
  sha: string;
  self_verification_success: number;
  self_verification_content: string | null;
  self_verification_content_type: string | null;
  verifier: string | null;
  build_url: string | null;
  created_at: string;
  updated_at: string;
  provider_name: string;
  provider_version_number: string;
}

/** What publishing a provider contract stores. */
export interface NewProviderContract {
  providerId: number;
  providerVersionId: number;
  content: string;
  contentType: string;
  contractType: string;
  sha: string;
  selfVerification: { success: boolean; content?: string; contentType?: string; verifier?: string };
  buildUrl?: string;
}

const SELECT = `SELECT pc.*, p.name AS provider_name, v.number AS provider_version_number FROM provider_contracts pc
  JOIN pacticipants p ON p.id = pc.provider_id JOIN versions v ON v.id = pc.provider_version_id`;

/** Store (or replace) the contract of a provider version; replaced content drops its old cross-contract results. */
export async function saveProviderContract(db: Database, input: NewProviderContract): Promise<ProviderContractRow> {
  const at = now();
  const s = input.selfVerification;
  const fields = [
    input.content,
    input.contentType,
    input.contractType,
    input.sha,
    s.success ? 1 : 0,
    s.content ?? null,
    s.contentType ?? null,
    s.verifier ?? null,
    input.buildUrl ?? null,
  ];
  const existing = await db.get<{ id: number }>('SELECT id FROM provider_contracts WHERE provider_version_id = ?', [
    input.providerVersionId,
  ]);
  if (existing) {
    await db.run('DELETE FROM cross_contract_results WHERE provider_contract_id = ?', [existing.id]);
    await db.run(
      `UPDATE provider_contracts SET content = ?, content_type = ?, contract_type = ?, sha = ?,
       self_verification_success = ?,
       self_verification_content = ?, self_verification_content_type = ?, verifier = ?, build_url = ?,
       updated_at = ? WHERE id = ?`,
      [...fields, at, existing.id],
    );
  } else {
    await db.run(
      `INSERT INTO provider_contracts (content, content_type, contract_type, sha, self_verification_success,
       self_verification_content,
       self_verification_content_type, verifier, build_url, provider_id, provider_version_id, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...fields, input.providerId, input.providerVersionId, at, at],
    );
  }
  return present(await findProviderContract(db, input.providerVersionId), 'the provider version');
}

/** The contract of a provider version. */
export function findProviderContract(
  db: Database,
  providerVersionId: number,
): Promise<ProviderContractRow | undefined> {
  return db.get<ProviderContractRow>(`${SELECT} WHERE pc.provider_version_id = ?`, [providerVersionId]);
}

/** Contracts of a provider that have no result yet for some pact content. */
export function contractsMissingResult(
  db: Database,
  providerId: number,
  pactVersionId: number,
): Promise<ProviderContractRow[]> {
  return db.all<ProviderContractRow>(
    `${SELECT} WHERE pc.provider_id = ? AND NOT EXISTS (SELECT 1 FROM cross_contract_results r WHERE ` +
      `r.provider_contract_id = pc.id AND r.pact_version_id = ?)`,
    [providerId, pactVersionId],
  );
}

/** Store one cross-contract result (a concurrent identical insert is ignored). */
export async function insertCrossResult(
  db: Database,
  contractId: number,
  pactVersionId: number,
  success: boolean,
  issues: unknown,
): Promise<void> {
  await db.run(
    'INSERT INTO cross_contract_results (provider_contract_id, pact_version_id, success, issues, ' +
      'created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    [contractId, pactVersionId, success ? 1 : 0, JSON.stringify(issues), now()],
  );
}

/** Cross-contract results of some pact content, shaped as verification rows (negative ids, number 0) for the matrix. */
export function crossResultsAsVerifications(db: Database, pactVersionId: number): Promise<VerificationRow[]> {
  return db.all<VerificationRow>(
    `SELECT -r.id AS id, 0 AS number, r.pact_version_id, pc.provider_version_id, r.success, pc.build_url,
       r.issues AS test_results,
       '{"implementation":"treaty cross-contract check"}' AS verified_by, r.created_at,
       v.number AS provider_version_number,
       p.name AS provider_name, c.name AS consumer_name, pv.sha
     FROM cross_contract_results r JOIN provider_contracts pc ON pc.id = r.provider_contract_id JOIN versions v
     ON v.id = pc.provider_version_id
     JOIN pact_versions pv ON pv.id = r.pact_version_id JOIN pacticipants p ON p.id = pv.provider_id
     JOIN pacticipants c ON c.id = pv.consumer_id
     WHERE r.pact_version_id = ? ORDER BY r.id DESC`,
    [pactVersionId],
  );
}

/** Results of a provider contract against each consumer pact content. */
export function crossResultsOfContract(db: Database, contractId: number) {
  return db.all<{
    success: number;
    issues: string;
    created_at: string;
    consumer_name: string;
    sha: string;
    consumer_version_number: string | null;
  }>(
    `SELECT r.success, r.issues, r.created_at, c.name AS consumer_name, pv.sha,
       (SELECT cv.number FROM pact_publications pp JOIN versions cv ON cv.id = pp.consumer_version_id
       WHERE pp.pact_version_id = pv.id ORDER BY cv.id DESC LIMIT 1) AS consumer_version_number
     FROM cross_contract_results r JOIN pact_versions pv ON pv.id = r.pact_version_id JOIN pacticipants c
     ON c.id = pv.consumer_id
     WHERE r.provider_contract_id = ? ORDER BY c.name, r.id`,
    [contractId],
  );
}
