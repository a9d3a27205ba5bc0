import type { FastifyPluginAsync } from 'fastify';
import { onlyAccepts } from '../http/method-not-allowed';

/** Resources the index and other resources link to that only take a POST: a GET gets 405 and `Allow`, not 404. */
const POST_ONLY: readonly string[] = [
  '/contracts/publish',
  '/provider-contracts/provider/:provider/publish',
  '/webhooks/:uuid/execute',
  '/webhooks/execute',
];

/** 405 answers for GETs on POST-only resources. */
export const postOnlyRoutes: FastifyPluginAsync = async (app) => {
  for (const path of POST_ONLY) onlyAccepts(app, path, ['POST']);
};
