import { randomUUID } from 'node:crypto';
import type { Database } from '../database';
import { now } from './rows';

/** A queued webhook delivery. `status` is pending, delivering, succeeded or failed. */
export interface DeliveryRow {
  id: number;
  uuid: string;
  webhook_uuid: string;
  event_name: string;
  context: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  claim_token: string | null;
  claimed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One attempt to deliver a webhook, as logged. */
export interface ExecutionRow {
  id: number;
  delivery_id: number;
  webhook_uuid: string;
  attempt: number;
  success: number;
  request: string;
  response_status: number | null;
  response_body: string | null;
  error: string | null;
  duration_ms: number;
  created_at: string;
  event_name?: string;
  delivery_uuid?: string;
  delivery_status?: string;
}

/** Queue a delivery, due now. Call inside the transaction that caused the event. */
export async function insertDelivery(
  db: Database,
  webhookUuid: string,
  eventName: string,
  context: unknown,
): Promise<void> {
  const at = now();
  await db.run(
    `INSERT INTO webhook_deliveries (uuid, webhook_uuid, event_name, context, status, attempts, next_attempt_at,
     created_at, updated_at)
     VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
    [randomUUID(), webhookUuid, eventName, JSON.stringify(context), at, at, at],
  );
}

/**
 * Claim up to `limit` due deliveries for this process. PostgreSQL skips rows another process holds
 * (`FOR UPDATE SKIP LOCKED`); SQLite has one writer, so the status check in the UPDATE is the claim.
 * Deliveries claimed longer than `leaseMs` ago (a crashed process) are claimed again.
 */
export async function claimDueDeliveries(db: Database, limit: number, leaseMs: number): Promise<DeliveryRow[]> {
  const at = now();
  const expired = new Date(Date.now() - leaseMs).toISOString();
  const due = `(status = 'pending' AND next_attempt_at <= ?) OR (status = 'delivering' AND claimed_at < ?)`;
  return db.all<DeliveryRow>(
    `UPDATE webhook_deliveries SET status = 'delivering', claim_token = ?, claimed_at = ?, attempts = attempts + 1,
     updated_at = ?
     WHERE id IN (SELECT id FROM webhook_deliveries WHERE ${due} ORDER BY id LIMIT ?${db.skipLockedSql}) AND (${due})
     RETURNING *`,
    [randomUUID(), at, at, at, expired, limit, at, expired],
  );
}

/** How many deliveries are still to be sent: pending (due now or later) or being sent. */
export async function countOpenDeliveries(db: Database): Promise<number> {
  const row = await db.get<{ n: number | string }>(
    "SELECT COUNT(*) AS n FROM webhook_deliveries WHERE status IN ('pending', 'delivering')",
  );
  return Number(row?.n ?? 0);
}

/** Record the outcome of a claimed delivery: done, failed for good, or pending again at `retryAt`. */
export async function finishDelivery(
  db: Database,
  row: DeliveryRow,
  outcome: { status: 'succeeded' | 'failed' | 'pending'; retryAt?: string },
): Promise<boolean> {
  const at = now();
  const result = await db.run(
    'UPDATE webhook_deliveries SET status = ?, next_attempt_at = ?, claim_token = NULL, updated_at = ? ' +
      'WHERE id = ? AND claim_token = ?',
    [outcome.status, outcome.retryAt ?? row.next_attempt_at, at, row.id, row.claim_token],
  );
  return result.changes > 0;
}

/** Log one attempt. */
export async function insertExecution(db: Database, row: Omit<ExecutionRow, 'id' | 'created_at'>): Promise<void> {
  await db.run(
    `INSERT INTO webhook_executions (delivery_id, webhook_uuid, attempt, success, request, response_status,
     response_body, error, duration_ms, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      row.delivery_id,
      row.webhook_uuid,
      row.attempt,
      row.success,
      row.request,
      row.response_status,
      row.response_body,
      row.error,
      row.duration_ms,
      now(),
    ],
  );
}

/** Execution logs of a webhook, newest first. */
export function executionsOf(db: Database, webhookUuid: string, limit = 100): Promise<ExecutionRow[]> {
  return db.all<ExecutionRow>(
    `SELECT e.*, d.event_name AS event_name, d.uuid AS delivery_uuid, d.status AS delivery_status
     FROM webhook_executions e JOIN webhook_deliveries d ON d.id = e.delivery_id
     WHERE e.webhook_uuid = ? ORDER BY e.id DESC LIMIT ?`,
    [webhookUuid, limit],
  );
}

/** Deliveries by status, for `/metrics`. */
export async function deliveryCounts(db: Database): Promise<Record<string, number>> {
  const rows = await db.all<{ status: string; n: number | string }>(
    'SELECT status, COUNT(*) AS n FROM webhook_deliveries GROUP BY status',
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** The newest deliveries of every webhook (for triggered-webhook views, filtered by their context by the caller). */
export function recentDeliveries(db: Database, limit = 1000): Promise<DeliveryRow[]> {
  return db.all<DeliveryRow>('SELECT * FROM webhook_deliveries ORDER BY id DESC LIMIT ?', [limit]);
}

/** A delivery by its uuid. */
export function findDelivery(db: Database, uuid: string): Promise<DeliveryRow | undefined> {
  return db.get<DeliveryRow>('SELECT * FROM webhook_deliveries WHERE uuid = ?', [uuid]);
}

/** The logged attempts of one delivery, oldest first. */
export function executionsOfDelivery(db: Database, deliveryId: number): Promise<ExecutionRow[]> {
  return db.all<ExecutionRow>(
    `SELECT e.*, d.event_name AS event_name, d.uuid AS delivery_uuid, d.status AS delivery_status
     FROM webhook_executions e JOIN webhook_deliveries d ON d.id = e.delivery_id WHERE e.delivery_id = ? ORDER BY e.id`,
    [deliveryId],
  );
}
