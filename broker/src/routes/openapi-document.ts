import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { brokerOpenApi } from '../operations/broker-openapi';

// Read once: the package version is the document's info.version.
const VERSION: string = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;

/** `GET /openapi.json`: the broker's own OpenAPI 3.1 document. */
export const openApiDocumentRoutes: FastifyPluginAsync = async (app) => {
  const document = JSON.stringify(brokerOpenApi(VERSION));
  app.get('/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(document));
};
