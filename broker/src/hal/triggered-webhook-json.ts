import { url } from '../http/hal';
import type { DeliveryRow } from '../storage/repositories/webhook-deliveries';

/** The Pact Broker's words for a delivery's state. */
export function triggeredStatus(row: Pick<DeliveryRow, 'status' | 'attempts'>): 'success' | 'failure' | 'retrying' | 'not_run' {
  if (row.status === 'succeeded') return 'success';
  if (row.status === 'failed') return 'failure';
  return row.attempts > 0 || row.status === 'delivering' ? 'retrying' : 'not_run';
}

/** What a triggered webhook shows of the webhook that fired (gone when the webhook was deleted). */
export interface TriggeringWebhook {
  description?: string;
  request: { method: string; url: string };
}

/** A triggered webhook (one queued delivery) as the Pact Broker's `TriggeredWebhookDecorator` shows it. */
export function triggeredWebhookJson(base: string, row: DeliveryRow, webhook: TriggeringWebhook | undefined, maxAttempts: number): Record<string, unknown> {
  const request: { method?: string; url?: string } = webhook?.request ?? {};
  let host = '';
  try {
    host = request.url ? new URL(request.url.replace(/\$\{[^}]*\}/g, 'x')).host : '';
  } catch {
    // a template that is not a URL yet: no host in the name
  }
  return {
    name: `${request.method ?? 'POST'} ${host}`.trim(),
    status: triggeredStatus(row),
    attemptsMade: row.attempts,
    attemptsRemaining: Math.max(0, maxAttempts - row.attempts),
    triggerType: row.event_name.startsWith('provider_verification') ? 'verification' : 'publication',
    eventName: row.event_name,
    triggeredAt: row.created_at,
    uuid: row.uuid,
    _links: {
      'pb:logs': { href: url(base, 'triggered-webhooks', row.uuid, 'logs'), title: 'Webhook execution logs', name: `${request.method ?? 'POST'} ${host}`.trim() },
      'pb:webhook': { href: url(base, 'webhooks', row.webhook_uuid), title: 'Webhook', name: webhook?.description ?? row.webhook_uuid },
    },
  };
}
