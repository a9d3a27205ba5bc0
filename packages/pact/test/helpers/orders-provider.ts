import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An order as the test provider serves it. */
export interface Order {
  id: number;
  status: string;
  items: { sku: string; quantity: number; price: number }[];
  total: number;
}

/** A running test provider and the handlers verifiers need. */
export interface TestProvider {
  url: string;
  stateHandlers: Record<string, (params?: Record<string, unknown>) => Promise<Record<string, unknown> | undefined>>;
  messageProviders: Record<string, () => Promise<unknown>>;
  close(): Promise<void>;
}

/**
 * Start a small orders provider on 127.0.0.1 (free port) with states and an order-created message; `broken` sends
 * `total` as a string.
 */
export async function startTestProvider(options: { broken?: boolean } = {}): Promise<TestProvider> {
  const order = (id: number): Order =>
    ({
      id,
      status: 'pending',
      items: [{ sku: 'BOOK-1', quantity: 2, price: 12.5 }],
      total: options.broken ? '25' : 25,
    }) as Order;
  const orders = new Map<number, Order>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const match = /^\/orders\/(\d+)$/.exec(req.url ?? '');
      if (req.method === 'GET' && req.url === '/orders') return send(200, [...orders.values()]);
      if (req.method === 'GET' && match) {
        const found = orders.get(Number(match[1]));
        return found ? send(200, found) : send(404, { error: `Order ${match[1]} not found` });
      }
      if (req.method === 'POST' && req.url === '/orders') {
        const created = { ...order(orders.size + 100), items: JSON.parse(Buffer.concat(chunks).toString()).items };
        return send(201, created);
      }
      send(404, { error: 'no route' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stateHandlers: {
      'orders exist': async () => {
        orders.clear();
        orders.set(1, order(1));
        return undefined;
      },
      'an order exists': async (params) => {
        const id = Number(params?.id ?? 1);
        orders.set(id, order(id));
        return { id };
      },
      'no orders exist': async () => {
        orders.clear();
        return undefined;
      },
    },
    // pact-js's `providerWithMetadata` shape, which Treaty's verifier reads too.
    messageProviders: {
      'an order-created event': async () => ({ __pactMessageMetadata: { topic: 'orders' }, message: order(1) }),
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
