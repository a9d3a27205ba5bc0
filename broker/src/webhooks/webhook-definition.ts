import { invalid } from '../errors';

/** The events a webhook can subscribe to, as the Pact Broker names them. */
export const WEBHOOK_EVENTS = [
  'contract_published',
  'contract_content_changed',
  'contract_requiring_verification_published',
  'provider_verification_published',
  'provider_verification_succeeded',
  'provider_verification_failed',
] as const;

/** One webhook event name. */
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

/** The HTTP request a webhook sends; strings may hold `${pactbroker.*}` templates. */
export interface WebhookRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  username?: string;
  password?: string;
}

/** A webhook as stored: scoped to a consumer and/or provider (or all when absent). */
export interface WebhookDefinition {
  description?: string;
  consumer?: { name: string };
  provider?: { name: string };
  events: WebhookEventName[];
  request: WebhookRequest;
  enabled: boolean;
}

function scopeOf(value: unknown, field: string, errors: Record<string, string[]>): { name: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  if (typeof name !== 'string' || name === '') errors[`${field}.name`] = ['is missing'];
  return { name: String(name) };
}

function eventsOf(value: unknown, errors: Record<string, string[]>): WebhookEventName[] {
  if (!Array.isArray(value) || value.length === 0) {
    errors.events = ['must be a non-empty array of { "name": event }'];
    return [];
  }
  const names = value.map((e) => (e as { name?: unknown })?.name);
  const unknown = names.filter((n) => !WEBHOOK_EVENTS.includes(n as WebhookEventName));
  if (unknown.length)
    errors.events = [`has unknown event(s) ${unknown.map(String).join(', ')}; use one of ${WEBHOOK_EVENTS.join(', ')}`];
  return names as WebhookEventName[];
}

function requestOf(value: unknown, errors: Record<string, string[]>): WebhookRequest {
  const r = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  if (typeof r.method !== 'string' || r.method === '') errors['request.method'] = ['is missing'];
  if (typeof r.url !== 'string' || r.url === '') errors['request.url'] = ['is missing'];
  const headers = r.headers;
  if (
    headers !== undefined &&
    (typeof headers !== 'object' || headers === null || Object.values(headers).some((v) => typeof v !== 'string'))
  ) {
    errors['request.headers'] = ['must be an object of strings'];
  }
  for (const field of ['username', 'password'] as const)
    if (r[field] !== undefined && typeof r[field] !== 'string') errors[`request.${field}`] = ['must be a string'];
  return { ...(r as unknown as WebhookRequest), method: String(r.method ?? '').toUpperCase() };
}

/**
 * Validate a webhook body as the Pact Broker accepts it.
 * @throws TreatyError TREATY_BROKER_VALIDATION with the field errors.
 */
export function parseWebhookDefinition(body: Record<string, unknown>): WebhookDefinition {
  const errors: Record<string, string[]> = {};
  const consumer = scopeOf(body.consumer, 'consumer', errors);
  const provider = scopeOf(body.provider, 'provider', errors);
  const events = eventsOf(body.events, errors);
  const request = requestOf(body.request, errors);
  if (body.enabled !== undefined && typeof body.enabled !== 'boolean') errors.enabled = ['must be a boolean'];
  if (body.description !== undefined && body.description !== null && typeof body.description !== 'string')
    errors.description = ['must be a string'];
  if (Object.keys(errors).length) throw invalid('save webhook', errors);
  return {
    description: (body.description as string | undefined) ?? undefined,
    consumer,
    provider,
    events,
    request,
    enabled: body.enabled !== false,
  };
}
