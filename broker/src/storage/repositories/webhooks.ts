import type { WebhookDefinition } from '../../webhooks/webhook-definition';
import type { Database } from '../database';
import { now, present } from './rows';

/** A webhook as stored. */
export interface WebhookRow {
  id: number;
  uuid: string;
  description: string | null;
  consumer_name: string | null;
  provider_name: string | null;
  events: string;
  request: string;
  enabled: number;
  created_at: string;
  updated_at: string;
}

/** The stored row as a definition. */
export function definitionOf(row: WebhookRow): WebhookDefinition {
  return {
    description: row.description ?? undefined,
    consumer: row.consumer_name === null ? undefined : { name: row.consumer_name },
    provider: row.provider_name === null ? undefined : { name: row.provider_name },
    events: JSON.parse(row.events),
    request: JSON.parse(row.request),
    enabled: row.enabled === 1,
  };
}

function values(def: WebhookDefinition) {
  return [
    def.description ?? null,
    def.consumer?.name ?? null,
    def.provider?.name ?? null,
    JSON.stringify(def.events),
    JSON.stringify(def.request),
    def.enabled ? 1 : 0,
  ];
}

/** Create (or replace, when the uuid exists) a webhook. */
export async function saveWebhook(
  db: Database,
  uuid: string,
  def: WebhookDefinition,
): Promise<{ row: WebhookRow; created: boolean }> {
  const at = now();
  const changed = await db.run(
    'UPDATE webhooks SET description = ?, consumer_name = ?, provider_name = ?, events = ?, request = ?, ' +
      'enabled = ?, updated_at = ? WHERE uuid = ?',
    [...values(def), at, uuid],
  );
  if (changed.changes === 0) {
    await db.run(
      `INSERT INTO webhooks (description, consumer_name, provider_name, events, request, enabled, created_at,
       updated_at, uuid)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...values(def), at, at, uuid],
    );
  }
  return { row: present(await findWebhook(db, uuid), `webhook "${uuid}"`), created: changed.changes === 0 };
}

/** A webhook by uuid. */
export function findWebhook(db: Database, uuid: string): Promise<WebhookRow | undefined> {
  return db.get<WebhookRow>('SELECT * FROM webhooks WHERE uuid = ?', [uuid]);
}

/** Every webhook, oldest first. */
export function listWebhooks(db: Database): Promise<WebhookRow[]> {
  return db.all<WebhookRow>('SELECT * FROM webhooks ORDER BY id');
}

/** Enabled webhooks that apply to a consumer/provider pair (unscoped ones apply to all). */
export function webhooksFor(db: Database, consumer: string, provider: string): Promise<WebhookRow[]> {
  return db.all<WebhookRow>(
    `SELECT * FROM webhooks WHERE enabled = 1 AND (consumer_name IS NULL OR consumer_name = ?)
     AND (provider_name IS NULL OR provider_name = ?) ORDER BY id`,
    [consumer, provider],
  );
}

/**
 * Webhooks scoped exactly as asked, as the Pact Broker's pacticipant webhooks: the consumer (or none when not given)
 * and the
 * provider (or none when not given).
 */
export function webhooksScopedTo(db: Database, scope: { consumer?: string; provider?: string }): Promise<WebhookRow[]> {
  const side = (column: string, name: string | undefined) =>
    name === undefined ? `${column} IS NULL` : `${column} = ?`;
  const params = [scope.consumer, scope.provider].filter((name): name is string => name !== undefined);
  return db.all<WebhookRow>(
    `SELECT * FROM webhooks WHERE ${side('consumer_name', scope.consumer)} ` +
      `AND ${side('provider_name', scope.provider)} ORDER BY id`,
    params,
  );
}

/** Delete a webhook; its queued deliveries are dropped too. */
export async function deleteWebhook(db: Database, uuid: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.run("DELETE FROM webhook_deliveries WHERE webhook_uuid = ? AND status = 'pending'", [uuid]);
    return (await tx.run('DELETE FROM webhooks WHERE uuid = ?', [uuid])).changes > 0;
  });
}
