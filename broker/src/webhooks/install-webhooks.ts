import type { FastifyInstance } from 'fastify';
import type { BrokerOptions } from '../options';
import { allowListsOf } from './allow-list';
import { secretsKeyOf } from './secret-box';
import type { DeliverySettings } from './deliver-webhook';
import { startWebhookPoller, type WebhookPoller } from './webhook-poller';

declare module 'fastify' {
  interface FastifyInstance {
    webhookPoller?: WebhookPoller;
  }
}

/** The delivery settings the options ask for; links in payloads use `baseUrl`, else the listening address. */
export function deliverySettings(app: FastifyInstance, options: Readonly<BrokerOptions>): DeliverySettings {
  const w = options.webhooks ?? {};
  return {
    lists: allowListsOf(w),
    maxAttempts: w.maxAttempts ?? 6,
    retryBaseMs: w.retryBaseMs ?? 1000,
    retryMaxMs: w.retryMaxMs ?? 60_000,
    timeoutMs: w.timeoutMs ?? 10_000,
    secretsKey: options.secretsKey ? secretsKeyOf(options.secretsKey) : undefined,
    baseUrl: () => {
      if (options.baseUrl) return options.baseUrl.replace(/\/+$/, '');
      const address = app.server.address();
      return address && typeof address === 'object'
        ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
        : 'http://localhost';
    },
  };
}

/**
 * Run the delivery poller in this process: kicked after every successful write, stopped before the server
 * closes (so `app.close()` waits for deliveries in flight and then the database closes).
 */
export function installWebhooks(app: FastifyInstance, options: Readonly<BrokerOptions>): void {
  if (options.webhooks?.deliver === false) return;
  const poller = startWebhookPoller(app.broker.db, {
    ...deliverySettings(app, options),
    intervalMs: options.webhooks?.pollIntervalMs ?? 1000,
    onError: (error) => app.log.error({ err: error }, 'webhook delivery poll failed'),
  });
  app.decorate('webhookPoller', poller);
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) poller.kick();
  });
  app.addHook('preClose', async () => poller.stop());
}
