import { url } from '../http/hal';
import type { ExecutionRow } from '../storage/repositories/webhook-deliveries';
import { definitionOf, type WebhookRow } from '../storage/repositories/webhooks';
import { maskRequest } from '../webhooks/mask-secrets';

/** A webhook as the Pact Broker serves it; the password and secret headers are masked. */
export function webhookJson(base: string, row: WebhookRow): Record<string, unknown> {
  const def = definitionOf(row);
  const self = url(base, 'webhooks', row.uuid);
  const request = maskRequest(def.request);
  const links: Record<string, unknown> = {
    self: { title: def.description ?? 'Webhook', href: self },
    'pb:execute': {
      title:
        'Test the execution of the webhook with the latest matching ' +
        'pact or verification by sending a POST request to this URL',
      href: `${self}/execute`,
    },
    'pb:executions': { title: 'Execution logs of this webhook', href: `${self}/executions` },
    'pb:webhooks': { title: 'All webhooks', href: url(base, 'webhooks') },
  };
  if (def.consumer)
    links['pb:consumer'] = {
      title: 'Consumer',
      name: def.consumer.name,
      href: url(base, 'pacticipants', def.consumer.name),
    };
  if (def.provider)
    links['pb:provider'] = {
      title: 'Provider',
      name: def.provider.name,
      href: url(base, 'pacticipants', def.provider.name),
    };
  return {
    uuid: row.uuid,
    description: def.description,
    ...(def.consumer ? { consumer: def.consumer } : {}),
    ...(def.provider ? { provider: def.provider } : {}),
    events: def.events.map((name) => ({ name })),
    request,
    enabled: def.enabled,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    _links: links,
  };
}

/** One logged delivery attempt; secret headers are masked (also in logs written before masking at delivery). */
export function executionJson(row: ExecutionRow): Record<string, unknown> {
  return {
    deliveryUuid: row.delivery_uuid,
    eventName: row.event_name,
    deliveryStatus: row.delivery_status,
    attempt: row.attempt,
    success: row.success === 1,
    request: maskRequest(JSON.parse(row.request) as { headers?: Record<string, string> }),
    response: row.response_status === null ? null : { status: row.response_status, body: row.response_body },
    error: row.error ?? undefined,
    durationMs: row.duration_ms,
    createdAt: row.created_at,
  };
}
