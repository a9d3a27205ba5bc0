import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { presentOrder, type BrokenMode, type OrderItem } from './order';
import { createOrderStore, type OrderStore } from './order-store';

/** Options of {@link createOrdersApp}. */
export interface OrdersAppOptions {
  /** Start the API broken in one of the ways tests and the demo use. */
  broken?: BrokenMode;
  /** The data to serve (a new empty store by default). */
  store?: OrderStore;
}

/** The app: a request listener and its data. */
export interface OrdersApp {
  handler: RequestListener;
  store: OrderStore;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function validItems(value: unknown): value is OrderItem[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  return value.every(
    (item) =>
      item &&
      typeof item.sku === 'string' &&
      Number.isInteger(item.quantity) &&
      item.quantity >= 1 &&
      typeof item.price === 'number',
  );
}

async function route(
  app: OrdersApp,
  broken: BrokenMode | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const byId = /^\/orders\/([^/]+)$/.exec(url.pathname);
  if (req.method === 'GET' && url.pathname === '/orders') {
    const status = url.searchParams.get('status');
    const orders = app.store.list().filter((o) => status === null || o.status === status);
    return send(
      res,
      200,
      orders.map((o) => presentOrder(o, broken)),
    );
  }
  if (req.method === 'GET' && byId) {
    const order = /^\d+$/.test(byId[1]) ? app.store.get(Number(byId[1])) : undefined;
    if (!order) return send(res, 404, { error: `Order ${byId[1]} not found` });
    return send(res, broken === 'wrong-status' ? 202 : 200, presentOrder(order, broken));
  }
  if (req.method === 'POST' && url.pathname === '/orders') {
    const body = (await readJson(req)) as { items?: unknown } | undefined;
    if (!validItems(body?.items))
      return send(res, 400, { error: 'items must be a non-empty list of {sku, quantity, price}' });
    const order = app.store.create(body.items.map(({ sku, quantity, price }) => ({ sku, quantity, price })));
    return send(res, broken === 'wrong-status' ? 200 : 201, presentOrder(order, broken));
  }
  return send(res, 404, { error: `No route for ${req.method} ${url.pathname}` });
}

/**
 * Create the orders API: GET /orders, GET /orders/{id}, POST /orders, over in-memory data.
 * @example const { handler, store } = createOrdersApp({ broken: 'wrong-type' });
 */
export function createOrdersApp(options: OrdersAppOptions = {}): OrdersApp {
  const app: OrdersApp = { store: options.store ?? createOrderStore(), handler: () => undefined };
  app.handler = (req, res) => {
    route(app, options.broken, req, res).catch(() => send(res, 500, { error: 'Internal error' }));
  };
  return app;
}

/** A running orders API. */
export interface RunningOrdersApi {
  url: string;
  store: OrderStore;
  close(): Promise<void>;
}

/**
 * Start the orders API on 127.0.0.1 (port 0 picks a free one).
 * @example const api = await startOrdersApi(); await api.close();
 */
export async function startOrdersApi(options: OrdersAppOptions & { port?: number } = {}): Promise<RunningOrdersApi> {
  const app = createOrdersApp(options);
  const server = createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store: app.store,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
