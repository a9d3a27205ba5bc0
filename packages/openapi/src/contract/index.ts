/**
 * @treaty/openapi/contract: read a provider contract of any kind Treaty checks (OpenAPI 3.x, Swagger 2.0, AsyncAPI
 *   2.x/3.x)
 * and check a pact against it.
 */

export { loadContract, parseContract, describeContract } from './load-contract';
export type { Contract } from './load-contract';
export { checkPactAgainstContract } from './check-contract';
