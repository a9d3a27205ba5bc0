import type { Database } from '../storage/database';
import { finishDelivery, insertExecution, type DeliveryRow } from '../storage/repositories/webhook-deliveries';
import { definitionOf, findWebhook } from '../storage/repositories/webhooks';
import { allowListErrors, type AllowLists } from './allow-list';
import { maskRequest } from './mask-secrets';
import { renderRequest, type RenderedRequest } from './render-request';
import { retryDelay, sendWebhook, type SendResult } from './send-webhook';
import { templateParameters, type WebhookEventContext } from './template-parameters';

/** The delivery settings in force. */
export interface DeliverySettings {
  lists: AllowLists;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
  baseUrl: () => string;
}

async function attempt(db: Database, row: DeliveryRow, settings: DeliverySettings): Promise<{ request?: RenderedRequest; result: SendResult; final: boolean }> {
  const webhook = await findWebhook(db, row.webhook_uuid);
  if (!webhook) return { result: { success: false, error: 'the webhook was deleted', durationMs: 0 }, final: true };
  const context = JSON.parse(row.context) as WebhookEventContext;
  const request = renderRequest(definitionOf(webhook).request, templateParameters(context, settings.baseUrl()));
  const refused = Object.values(allowListErrors(request, settings.lists)).flat();
  if (refused.length) return { request, result: { success: false, error: `refused by the allow-list: ${refused.join('; ')}`, durationMs: 0 }, final: true };
  return { request, result: await sendWebhook(request, { timeoutMs: settings.timeoutMs, allowPrivate: settings.lists.allowPrivate }), final: false };
}

/** Deliver one claimed row, log the attempt and set its next state (done, retry later with backoff, or failed). */
export async function deliverWebhook(db: Database, row: DeliveryRow, settings: DeliverySettings): Promise<SendResult> {
  const { request, result, final } = await attempt(db, row, settings);
  await insertExecution(db, {
    delivery_id: row.id, webhook_uuid: row.webhook_uuid, attempt: row.attempts, success: result.success ? 1 : 0,
    request: JSON.stringify(request ? maskRequest(request) : {}), response_status: result.status ?? null, response_body: result.body ?? null,
    error: result.error ?? null, duration_ms: result.durationMs,
  });
  if (result.success) await finishDelivery(db, row, { status: 'succeeded' });
  else if (final || row.attempts >= settings.maxAttempts) await finishDelivery(db, row, { status: 'failed' });
  else {
    const retryAt = new Date(Date.now() + retryDelay(row.attempts, settings.retryBaseMs, settings.retryMaxMs)).toISOString();
    await finishDelivery(db, row, { status: 'pending', retryAt });
  }
  return result;
}
