import type { Pact } from '@treaty/core';
import { checkPactAgainstAsyncApi } from '../asyncapi/check-asyncapi';
import { checkPactAgainstOpenApi, type CheckPactOptions } from '../check-pact';
import type { OpenApiCheckResult } from '../types';
import type { Contract } from './load-contract';

/**
 * Check a pact against a contract of either kind: HTTP interactions against OpenAPI, messages against AsyncAPI;
 * interactions of the other kind are reported as unchecked warnings.
 * @example const result = checkPactAgainstContract(pact, await loadContract('asyncapi.yaml'));
 * @throws TreatyError TREATY_CORE_INVALID_PACT when the file is not a pact at all
 */
export function checkPactAgainstContract(pact: Pact | unknown, contract: Contract, options: CheckPactOptions = {}): OpenApiCheckResult {
  return contract.kind === 'asyncapi' ? checkPactAgainstAsyncApi(pact, contract.spec, options) : checkPactAgainstOpenApi(pact, contract.spec, options);
}
