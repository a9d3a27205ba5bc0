import type { FastifyInstance } from 'fastify';
import { brokerErrors } from '../errors';

/** Accept the JSON flavours Pact clients send (`application/hal+json`, merge-patch, ...) and empty bodies. */
export function installContentTypes(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    /^application\/([a-z0-9.+-]*\+)?json/,
    { parseAs: 'string' },
    (_request, body, done) => {
      const text = String(body);
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch (error) {
        done(brokerErrors.TREATY_BROKER_INVALID_BODY([`it is not valid JSON (${(error as Error).message})`]), undefined);
      }
    },
  );
}
