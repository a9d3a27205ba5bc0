import type { Migration } from './migration';

/**
 * Provider contracts (a provider version's OpenAPI document + self-verification) and their results against consumer
 * pacts.
 */
export const providerContractsMigration: Migration = {
  name: '102-provider-contracts',
  statements: [
    `CREATE TABLE provider_contracts (id {{id}}, provider_id INTEGER NOT NULL REFERENCES pacticipants(id)
      ON DELETE CASCADE,
      provider_version_id INTEGER NOT NULL UNIQUE REFERENCES versions(id) ON DELETE CASCADE, content TEXT NOT NULL,
      content_type TEXT NOT NULL, contract_type TEXT NOT NULL, sha TEXT NOT NULL,
      self_verification_success INTEGER NOT NULL,
      self_verification_content TEXT, self_verification_content_type TEXT, verifier TEXT, build_url TEXT,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    `CREATE TABLE cross_contract_results (id {{id}}, provider_contract_id INTEGER NOT NULL
      REFERENCES provider_contracts(id) ON DELETE CASCADE,
      pact_version_id INTEGER NOT NULL REFERENCES pact_versions(id) ON DELETE CASCADE, success INTEGER NOT NULL,
      issues TEXT NOT NULL,
      created_at TEXT NOT NULL, UNIQUE (provider_contract_id, pact_version_id))`,
    'CREATE INDEX provider_contracts_provider ON provider_contracts (provider_id)',
    'CREATE INDEX cross_contract_results_pact_version ON cross_contract_results (pact_version_id)',
  ],
};
