import type { FastifyInstance } from 'fastify';
import { brokerErrors } from '../errors';
import { describePath, MAX_JSON_DEPTH, pathBeyondDepth } from '../domain/json-depth';

/**
 * Accept the JSON flavours Pact clients send (`application/hal+json`, merge-patch, ...) and empty bodies; refuse
 * over-deep JSON.
 */
export function installContentTypes(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(/^application\/([a-z0-9.+-]*\+)?json/, { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return done(
        brokerErrors.TREATY_BROKER_INVALID_BODY([`it is not valid JSON (${(error as Error).message})`]),
        undefined,
      );
    }
    // Hashing, canonical JSON and webhook rendering recurse: refuse documents deep enough to overflow them.
    const tooDeep = pathBeyondDepth(parsed);
    if (tooDeep)
      return done(brokerErrors.TREATY_BROKER_TOO_DEEP([String(MAX_JSON_DEPTH), describePath(tooDeep)]), undefined);
    done(null, parsed);
  });
}
