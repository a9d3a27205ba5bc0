import { buildBroker } from './build-broker';
import type { StartBrokerOptions } from './options';

/** A running broker. */
export interface RunningBroker {
  /** The base URL, e.g. `http://127.0.0.1:9292`. */
  readonly url: string;
  /** Stop accepting requests, finish the ones in flight, close the database. */
  close(): Promise<void>;
  /** Resolve once every queued webhook delivery has succeeded or failed for good (at once when webhooks are off). */
  webhooksDrained(): Promise<void>;
}

/**
 * Build the broker and listen on `host:port`.
 * @example const broker = await startBroker({ port: 0 }); await broker.close();
 * @throws Error when the database cannot be opened or the port is taken.
 */
export async function startBroker(options: StartBrokerOptions = {}): Promise<RunningBroker> {
  const { port = 9292, host = '127.0.0.1', ...brokerOptions } = options;
  const app = await buildBroker(brokerOptions);
  try {
    await app.listen({ port, host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${actualPort}`,
    close: () => app.close(),
    webhooksDrained: async () => app.webhookPoller?.drained(),
  };
}
