import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildBroker, type BrokerOptions } from '@treaty/broker';
import { sqliteDialect, type TestDatabase, type TestDialect } from './databases';

/** A broker app on a fresh SQLite file, listening on 127.0.0.1 with a free port. */
export interface TestBroker {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/**
 * Build a broker on a temp SQLite file and listen on port 0; `close()` closes it and deletes the file.
 * (Real HTTP rather than `app.inject()`: light-my-request pulls in an ESM-only `cookie` that Jest's CommonJS runtime
 * cannot load.)
 */
export async function withBroker(
  options: BrokerOptions = {},
  dialect: TestDialect = sqliteDialect,
): Promise<TestBroker> {
  const db: TestDatabase = await dialect.create();
  const app = await buildBroker({ ...db.location, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    url,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** Send a JSON request to a test broker and return status, parsed body and headers. */
export async function call(
  broker: TestBroker,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Json; headers: Record<string, string> }> {
  const response = await fetch(`${broker.url}${path}`, {
    method,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
  });
  const text = await response.text();
  let json: Json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, body: json, headers: Object.fromEntries(response.headers) };
}

/** A parsed JSON response body, read loosely by tests. */
export type Json = any;
