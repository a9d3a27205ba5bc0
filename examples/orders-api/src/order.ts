/** An order's status. */
export type OrderStatus = 'pending' | 'shipped' | 'cancelled';

/** One line of an order. */
export interface OrderItem {
  sku: string;
  quantity: number;
  price: number;
}

/** An order as the API returns it. */
export interface Order {
  id: number;
  status: OrderStatus;
  items: OrderItem[];
  total: number;
  createdAt: string;
}

/** The ways the example can be started broken, for tests and the demo. */
export type BrokenMode =
  /** `total` is sent as a string. */
  | 'wrong-type'
  /** `total` is left out. */
  | 'missing-field'
  /** POST /orders answers 200 instead of 201 and GET /orders/{id} answers 202 instead of 200. */
  | 'wrong-status'
  /** `status` is `on-hold`: any string satisfies a type matcher, but the OpenAPI enum forbids it. */
  | 'off-spec';

/** The total of some items, to the cent. */
export function totalOf(items: OrderItem[]): number {
  return Math.round(items.reduce((sum, item) => sum + item.quantity * item.price, 0) * 100) / 100;
}

/** An order as the (possibly broken) API would serialise it. */
export function presentOrder(order: Order, broken?: BrokenMode): Record<string, unknown> {
  const out: Record<string, unknown> = { ...order, items: order.items.map((item) => ({ ...item })) };
  if (broken === 'wrong-type') out.total = String(order.total);
  if (broken === 'missing-field') delete out.total;
  if (broken === 'off-spec') out.status = 'on-hold';
  return out;
}
