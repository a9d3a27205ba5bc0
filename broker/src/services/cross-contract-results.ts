/*
 * Provider contracts count in the matrix like verifications: services/matrix-rows.ts appends crossContractRows to the
 * verifications of pact content whose provider has a contract. A pact published after a provider
 * contract is checked lazily here, the first time the matrix needs it; a provider contract is checked eagerly on
 * publish.
 */
import { checkPactAgainstContract, parseContract, type Contract } from '@treaty/openapi/contract';
import type { Database } from '../storage/database';
import {
  contractsMissingResult,
  crossResultsAsVerifications,
  insertCrossResult,
  type ProviderContractRow,
} from '../storage/repositories/provider-contracts';
import type { VerificationRow } from '../storage/repositories/rows';

const specs = new Map<string, Contract>();
const MAX_CACHED_SPECS = 32;
/** Findings that mean "this interaction is of a kind the contract does not describe". */
const UNCHECKED = new Set(['interaction.not-http', 'request.spec.missing']);

function specOf(contract: ProviderContractRow): Contract {
  let spec = specs.get(contract.sha);
  if (!spec) {
    const source = `provider contract of ${contract.provider_name} version ${contract.provider_version_number}`;
    spec = parseContract(contract.content, { source, brokenRefs: 'report' });
    if (specs.size >= MAX_CACHED_SPECS) specs.delete(specs.keys().next().value as string);
    specs.set(contract.sha, spec);
  }
  return spec;
}

/**
 * Check one pact content against one provider contract (OpenAPI for HTTP interactions, AsyncAPI for messages): it
 * passes
 * when the self-verification passed, the pact fits the document, and the document describes at least one of its
 * interactions.
 */
export function crossCheck(
  contract: ProviderContractRow,
  pactContent: string,
): { success: boolean; issues: unknown[] } {
  try {
    const spec = specOf(contract);
    const pact = JSON.parse(pactContent) as { interactions?: unknown[]; messages?: unknown[] };
    const result = checkPactAgainstContract(pact, spec);
    const issues: unknown[] = [...result.errors, ...result.warnings];
    const total = (pact.interactions ?? pact.messages ?? []).length;
    const unchecked = result.warnings.filter((w) => UNCHECKED.has(w.code)).length;
    const nothingChecked = total > 0 && unchecked === total;
    if (nothingChecked) {
      const kind = spec.kind === 'asyncapi' ? 'AsyncAPI (messages)' : 'OpenAPI (HTTP)';
      issues.unshift({
        code: 'contract.kind.mismatch',
        severity: 'error',
        message: `the contract is ${kind}, and the pact has no interaction of that kind, so nothing was checked`,
      });
    }
    if (contract.self_verification_success !== 1)
      issues.unshift({
        code: 'provider.self-verification.failed',
        severity: 'error',
        message: 'the provider self-verification of this contract failed',
      });
    return { success: result.ok && !nothingChecked && contract.self_verification_success === 1, issues };
  } catch (error) {
    return {
      success: false,
      issues: [
        {
          code: (error as { code?: string }).code ?? 'check.failed',
          severity: 'error',
          message: (error as Error).message,
        },
      ],
    };
  }
}

/** Compute and store the results of every provider contract not yet checked against this pact content. */
export async function ensureCrossResults(db: Database, pactVersionId: number): Promise<void> {
  const pact = await db.get<{ provider_id: number; content: string }>(
    'SELECT provider_id, content FROM pact_versions WHERE id = ?',
    [pactVersionId],
  );
  if (!pact) return;
  const missing = await contractsMissingResult(db, pact.provider_id, pactVersionId);
  for (const contract of missing) {
    const { success, issues } = crossCheck(contract, pact.content);
    await insertCrossResult(db, contract.id, pactVersionId, success, issues);
  }
}

/** Check a (new) provider contract against every consumer pact content of its provider. */
export async function checkContractAgainstPacts(db: Database, contract: ProviderContractRow): Promise<void> {
  const pacts = await db.all<{ id: number; content: string }>(
    'SELECT id, content FROM pact_versions WHERE provider_id = ?',
    [contract.provider_id],
  );
  for (const pact of pacts) {
    const { success, issues } = crossCheck(contract, pact.content);
    await insertCrossResult(db, contract.id, pact.id, success, issues);
  }
}

/**
 * Cross-contract results of some pact content as verification rows, checking the contracts not yet checked against it
 * first.
 */
export async function crossContractRows(db: Database, pactVersionId: number): Promise<VerificationRow[]> {
  await ensureCrossResults(db, pactVersionId);
  return crossResultsAsVerifications(db, pactVersionId);
}
