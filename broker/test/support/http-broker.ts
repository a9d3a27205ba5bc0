import { startBroker, type StartBrokerOptions } from '@treaty/broker';
import { sqliteDialect, type TestDatabase, type TestDialect } from './databases';

/** What {@link HttpBroker.call} answers. */
export interface HttpAnswer {
  status: number;
  body: any;
  headers: Headers;
  text: string;
}

/** A broker listening on 127.0.0.1:0 over a temp SQLite file (or the given location), called with real HTTP. */
export interface HttpBroker {
  url: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
  close(): Promise<void>;
  /** Resolve once every queued webhook delivery has succeeded or failed for good. */
  webhooksDrained(): Promise<void>;
}

/** Call a broker URL with a JSON body; the answer's body is parsed when it is JSON. */
export async function callUrl(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, headers: response.headers, text };
}

/** Start a broker for HTTP tests; `close()` stops it and deletes its database unless a location was given. */
export async function startHttpBroker(options: StartBrokerOptions = {}): Promise<HttpBroker> {
  const owned: TestDatabase | undefined =
    options.database || options.databaseUrl ? undefined : await sqliteDialect.create();
  const running = await startBroker({ ...owned?.location, ...options, port: 0 });
  return {
    url: running.url,
    call: (method, path, body, headers) => callUrl(running.url, method, path, body, headers),
    webhooksDrained: () => running.webhooksDrained(),
    close: async () => {
      await running.close();
      await owned?.drop();
    },
  };
}

/**
 * Start a broker for HTTP tests on a fresh database of the given dialect; `close()` stops it and drops the database.
 */
export async function startHttpBrokerOn(dialect: TestDialect, options: StartBrokerOptions = {}): Promise<HttpBroker> {
  const db = await dialect.create();
  const broker = await startHttpBroker({ ...options, ...db.location });
  return {
    ...broker,
    close: async () => {
      await broker.close();
      await db.drop();
    },
  };
}
