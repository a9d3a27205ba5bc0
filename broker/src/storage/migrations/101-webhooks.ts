import type { Migration } from './migration';

/** Webhooks, their durable delivery queue and execution logs. */
export const webhooksMigration: Migration = {
  name: '101-webhooks',
  statements: [
    `CREATE TABLE webhooks (id {{id}}, uuid TEXT NOT NULL UNIQUE, description TEXT, consumer_name TEXT,
      provider_name TEXT,
      events TEXT NOT NULL, request TEXT NOT NULL, enabled INTEGER NOT NULL, created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL)`,
    `CREATE TABLE webhook_deliveries (id {{id}}, uuid TEXT NOT NULL UNIQUE, webhook_uuid TEXT NOT NULL,
      event_name TEXT NOT NULL,
      context TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at TEXT NOT NULL,
      claim_token TEXT, claimed_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    `CREATE TABLE webhook_executions (id {{id}}, delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries(id)
      ON DELETE CASCADE,
      webhook_uuid TEXT NOT NULL, attempt INTEGER NOT NULL, success INTEGER NOT NULL, request TEXT NOT NULL,
      response_status INTEGER,
      response_body TEXT, error TEXT, duration_ms INTEGER NOT NULL, created_at TEXT NOT NULL)`,
    'CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at)',
    'CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_uuid, id)',
    'CREATE INDEX webhook_executions_webhook ON webhook_executions (webhook_uuid, id)',
  ],
};
