import type { Database } from '../storage/database';
import { finishDelivery, insertExecution, type DeliveryRow } from '../storage/repositories/webhook-deliveries';
import { definitionOf, findWebhook } from '../storage/repositories/webhooks';
import { allowListErrors, type AllowLists } from './allow-list';
import { maskRequest } from './mask-secrets';
import { renderRequest, type RenderedRequest } from './render-request';
import { retryDelay, sendWebhook, type SendResult } from './send-webhook';
import { templateParameters, type WebhookEventContext } from './template-parameters';
import { userSecretParameters } from './user-secrets';

/** The delivery settings in force. */
export interface DeliverySettings {
  lists: AllowLists;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
  baseUrl: () => string;
  /** Decrypts `${user.NAME}` secrets; absent when no secrets key is configured. */
  secretsKey?: Buffer;
}

type Attempt = { request?: RenderedRequest; result: SendResult; final: boolean };

const refusal = (request: RenderedRequest, error: string): Attempt => ({
  request,
  result: { success: false, error, durationMs: 0 },
  final: true,
});

async function attempt(db: Database, row: DeliveryRow, settings: DeliverySettings): Promise<Attempt> {
  const webhook = await findWebhook(db, row.webhook_uuid);
  if (!webhook) return { result: { success: false, error: 'the webhook was deleted', durationMs: 0 }, final: true };
  const template = definitionOf(webhook).request;
  const params = templateParameters(JSON.parse(row.context) as WebhookEventContext, settings.baseUrl());
  // The log shows `${user.NAME}` where a secret goes: the decrypted values are only ever sent.
  const logged = renderRequest(template, params);
  const refused = Object.values(allowListErrors(logged, settings.lists)).flat();
  if (refused.length) return refusal(logged, `refused by the allow-list: ${refused.join('; ')}`);
  let secrets: Record<string, string>;
  try {
    secrets = await userSecretParameters(db, settings.secretsKey, template);
  } catch (error) {
    return refusal(logged, (error as Error).message);
  }
  const request = renderRequest(template, { ...params, ...secrets });
  const result = await sendWebhook(request, {
    timeoutMs: settings.timeoutMs,
    allowPrivate: settings.lists.allowPrivate,
  });
  return { request: logged, result, final: result.refused === true };
}

/** Deliver one claimed row, log the attempt and set its next state (done, retry later with backoff, or failed). */
export async function deliverWebhook(db: Database, row: DeliveryRow, settings: DeliverySettings): Promise<SendResult> {
  const { request, result, final } = await attempt(db, row, settings);
  await insertExecution(db, {
    delivery_id: row.id,
    webhook_uuid: row.webhook_uuid,
    attempt: row.attempts,
    success: result.success ? 1 : 0,
    request: JSON.stringify(request ? maskRequest(request) : {}),
    response_status: result.status ?? null,
    response_body: result.body ?? null,
    error: result.error ?? null,
    duration_ms: result.durationMs,
  });
  if (result.success) await finishDelivery(db, row, { status: 'succeeded' });
  else if (final || row.attempts >= settings.maxAttempts) await finishDelivery(db, row, { status: 'failed' });
  else {
    const retryAt = new Date(
      Date.now() + retryDelay(row.attempts, settings.retryBaseMs, settings.retryMaxMs),
    ).toISOString();
    await finishDelivery(db, row, { status: 'pending', retryAt });
  }
  return result;
}
