/**
 * @treaty/broker: a Pact Broker compatible contract broker on SQLite or PostgreSQL.
 */

// Server
export { buildBroker } from './build-broker';
export { startBroker } from './start-broker';
export type { RunningBroker } from './start-broker';
export type { BrokerOptions, StartBrokerOptions, BrokerAuthOptions } from './options';

// Errors
export { brokerErrors } from './errors';
export type { BrokerErrorCode } from './errors';
