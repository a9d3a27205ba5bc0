import type { Pact } from '@treaty/core';
import { checkPactAgainstAsyncApi } from '../asyncapi/check-asyncapi';
import { checkPactAgainstOpenApi, type CheckPactOptions } from '../check-pact';
import type { OpenApiCheckResult } from '../types';
import type { Contract } from './load-contract';

/**
 * Check a pact against one contract, or against an OpenAPI and an AsyncAPI document together (a provider with both HTTP
 * and messages): HTTP interactions against OpenAPI, messages against AsyncAPI; interactions no given contract
 * describes are reported as unchecked warnings.
 * @example const result = checkPactAgainstContract(pact, [await loadContract('openapi.yaml'), await
 *   loadContract('asyncapi.yaml')]);
 * @throws TreatyError TREATY_CORE_INVALID_PACT when the file is not a pact at all
 */
export function checkPactAgainstContract(
  pact: Pact | unknown,
  contracts: Contract | Contract[],
  options: CheckPactOptions = {},
): OpenApiCheckResult {
  const list = Array.isArray(contracts) ? contracts : [contracts];
  const openapi = list.find((c) => c.kind === 'openapi');
  const asyncapi = list.find((c) => c.kind === 'asyncapi');
  if (asyncapi?.kind === 'asyncapi')
    return checkPactAgainstAsyncApi(pact, asyncapi.spec, {
      ...options,
      openapi: openapi?.kind === 'openapi' ? openapi.spec : undefined,
    });
  if (openapi?.kind === 'openapi') return checkPactAgainstOpenApi(pact, openapi.spec, options);
  return { ok: true, errors: [], warnings: [] };
}
