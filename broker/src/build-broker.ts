import Fastify, { type FastifyInstance } from 'fastify';
import { installContentTypes } from './http/content-types';
import { frameworkErrorHandler, installErrorHandler } from './http/error-handler';
import type { BrokerOptions } from './options';
import { routePlugins } from './routes';
import { installAuth } from './http/auth';
import { installAudit } from './operations/audit';
import { secretsKeyOf } from './webhooks/secret-box';
import { installRequestIdHeader, requestIdOptions } from './operations/request-ids';
import { installRequestMetrics } from './operations/request-metrics';
import { installWebhooks } from './webhooks/install-webhooks';
import { openDatabase } from './storage/open-database';
import { installStallGuards, timeoutServerOptions } from './http/timeouts';
import { MAX_PARAM_LENGTH } from './http/error-handler';
import { installUi } from './ui/install-ui';

const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * Build the broker as a Fastify app: opens the database, runs migrations, registers every route plugin.
 * Never listens; use `startBroker` or `app.inject()`. Closing the app closes the database.
 * @example const app = await buildBroker({ database: '/tmp/broker.db' });
 * @throws Error when the database cannot be opened or migrated.
 */
export async function buildBroker(options: BrokerOptions = {}): Promise<FastifyInstance> {
  const frozen = Object.freeze({ ...options });
  if (frozen.secretsKey) secretsKeyOf(frozen.secretsKey); // a bad key fails before the database is opened
  const db = await openDatabase(frozen);
  const app = Fastify({
    logger: frozen.logger ?? false,
    ...requestIdOptions,
    bodyLimit: frozen.bodyLimit ?? DEFAULT_BODY_LIMIT,
    frameworkErrors: frameworkErrorHandler,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    ...timeoutServerOptions(frozen.timeouts),
  });
  app.decorate('broker', { db, options: frozen });
  app.addHook('onClose', async () => db.close());
  installStallGuards(app, frozen.timeouts);
  installContentTypes(app);
  installErrorHandler(app);
  installRequestIdHeader(app);
  installRequestMetrics(app);
  installUi(app, frozen);
  installAuth(app, frozen);
  installAudit(app);
  installWebhooks(app, frozen);
  for (const plugin of routePlugins) await app.register(plugin);
  await app.ready();
  return app;
}
