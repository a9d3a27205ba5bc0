import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { BrokerContext } from '../http/broker-context';

/**
 * Serve `GET` of one resource under each of its paths (the Pact Broker's aliases of it).
 * @example getOnPaths(app, ['/webhooks/provider/:provider', '/webhooks/consumer/:consumer'], scopedList)
 */
export function getOnPaths<Request extends FastifyRequest>(
  app: FastifyInstance,
  paths: readonly string[],
  handle: (broker: BrokerContext, request: Request, reply: FastifyReply) => Promise<unknown>,
): void {
  const broker = app.broker;
  for (const path of paths) app.get(path, (request, reply) => handle(broker, request as Request, reply));
}
