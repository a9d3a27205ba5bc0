/**
 * @treaty/openapi/asyncapi: load AsyncAPI 2.x / 3.x documents and check message pacts against them.
 */

export { loadAsyncApi, parseAsyncApi, isAsyncApiSpec } from './load-asyncapi';
export type { LoadAsyncApiOptions } from './load-asyncapi';
export { checkPactAgainstAsyncApi } from './check-asyncapi';
export type { CheckAsyncApiOptions } from './check-asyncapi';
export { checkMessageAgainst } from './check-message';
export { validateMessage } from './validate-message';
export type { MessagePart } from './check-message';
export type { AsyncApiSpec, AsyncApiOperation, AsyncApiMessage } from './types';
