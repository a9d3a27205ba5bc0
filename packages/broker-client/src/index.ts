/**
 * @treaty/broker-client: one Pact Broker HTTP client for the CLI and the provider verifier.
 */

// The client
export { BrokerClient } from './broker-client';
export type { BrokerClientOptions, BrokerRequest } from './broker-client';

// Authentication
export { authorizationHeader } from './auth';
export type { BrokerAuth } from './auth';

// HAL
export { expandTemplate, linksOf } from './hal';
export type { HalLink, HalResource } from './hal';

// Errors
export { brokerClientErrors } from './errors';
export type { BrokerClientErrorCode } from './errors';
