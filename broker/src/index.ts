/**
 * @treaty/broker: a Pact Broker compatible contract broker on SQLite or PostgreSQL.
 */

// Server
export { buildBroker } from './build-broker';
export { startBroker } from './start-broker';
export type { RunningBroker } from './start-broker';
export type { BrokerOptions, StartBrokerOptions, BrokerAuthOptions, WebhookOptions } from './options';

// Errors
export { brokerErrors } from './errors';
export type { BrokerErrorCode } from './errors';

// Webhooks
export { WEBHOOK_EVENTS } from './webhooks/webhook-definition';
export type { WebhookEventName, WebhookDefinition, WebhookRequest } from './webhooks/webhook-definition';

// The bin's option parsing (also used by `treaty broker`)
export { readBinOptions } from './bin-options';
