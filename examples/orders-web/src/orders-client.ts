import type { Order, OrderItem, OrderStatus } from './order';

/** The orders API answered with something the client cannot use. */
export class OrdersApiError extends Error {
  /** Keep the status beside the message. */
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'OrdersApiError';
  }
}

/**
 * A small fetch-based client of the orders API.
 * @example const orders = await new OrdersClient('http://localhost:3000').listOrders();
 */
export class OrdersClient {
  /** `baseUrl` without a trailing slash. */
  constructor(private readonly baseUrl: string) {}

  /** List orders, optionally only those with a status. */
  async listOrders(status?: OrderStatus): Promise<Order[]> {
    const query = status ? `?status=${encodeURIComponent(status)}` : '';
    return (await this.json('GET', `/orders${query}`, 200)) as Order[];
  }

  /** Get one order; `null` when the API knows no such order. */
  async getOrder(id: number): Promise<Order | null> {
    const res = await fetch(`${this.baseUrl}/orders/${id}`, { headers: { Accept: 'application/json' } });
    if (res.status === 404) return null;
    if (res.status !== 200) throw new OrdersApiError(`GET /orders/${id} answered ${res.status}`, res.status);
    return (await res.json()) as Order;
  }

  /** Create an order from its items. */
  async createOrder(items: OrderItem[]): Promise<Order> {
    return (await this.json('POST', '/orders', 201, { items })) as Order;
  }

  private async json(method: string, path: string, expected: number, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status !== expected) throw new OrdersApiError(`${method} ${path} answered ${res.status}`, res.status);
    return res.json();
  }
}
