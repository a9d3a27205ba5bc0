import type { FastifyPluginAsync } from 'fastify';
import { sendHal } from '../http/hal';

const PROBE_TIMEOUT_MS = 5000;

async function probeDatabase(run: () => Promise<unknown>): Promise<{ ok: boolean; latencyMs: number; error?: string }> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([run(), timeout]);
    return { ok: true, latencyMs: Date.now() - started };
  } catch (error) {
    return { ok: false, latencyMs: Date.now() - started, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** `GET /diagnostic/status/dependencies`: 200 when the database answers, 503 when it does not (as the Pact Broker). */
export const diagnosticRoutes: FastifyPluginAsync = async (app) => {
  app.get('/diagnostic/status/dependencies', async (_request, reply) => {
    const { db } = app.broker;
    const database = await probeDatabase(() => db.get('SELECT 1 AS ok'));
    const body = { ok: database.ok, dependencies: { database: { ...database, dialect: db.dialect } }, _links: {} };
    return sendHal(reply, body, database.ok ? 200 : 503);
  });
};
