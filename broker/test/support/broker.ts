import type { FastifyInstance } from 'fastify';
import { buildBroker, type BrokerOptions } from '@treaty/broker';
import { sqliteDialect, type TestDatabase } from './databases';

/** A broker app on a fresh SQLite file, for `app.inject()` tests. */
export interface TestBroker {
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Build a broker on a temp SQLite file; `close()` closes it and deletes the file. */
export async function withBroker(options: BrokerOptions = {}): Promise<TestBroker> {
  const db: TestDatabase = await sqliteDialect.create();
  const app = await buildBroker({ ...db.location, ...options });
  return {
    app,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** Inject a JSON request and return status and parsed body. */
export async function call(app: FastifyInstance, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await app.inject({
    method: method as 'GET',
    url,
    payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
  });
  let json: any;
  try {
    json = response.body ? JSON.parse(response.body) : undefined;
  } catch {
    json = response.body;
  }
  return { status: response.statusCode, body: json, headers: response.headers };
}
