import type { FastifyInstance } from 'fastify';
import { brokerErrors } from '../errors';

/**
 * Answer `GET` on a resource that only takes other methods with 405 and an `Allow` header, as the Pact Broker does,
 * so a client following an advertised link (such as `pb:publish-contracts`) learns which method to use instead of a
 * 404.
 * @example onlyAccepts(app, '/contracts/publish', ['POST']);
 */
export function onlyAccepts(app: FastifyInstance, path: string, methods: readonly string[]): void {
  app.get(path, async (request, reply) => {
    reply.header('allow', [...methods, 'OPTIONS'].join(', '));
    throw brokerErrors.TREATY_BROKER_METHOD_NOT_ALLOWED([
      request.method,
      request.url.split('?')[0],
      methods.join(', '),
    ]);
  });
}
