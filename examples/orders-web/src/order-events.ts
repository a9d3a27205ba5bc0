import type { Order } from './order';

/** Where handled order-created events go (a read model of recent orders). */
export interface RecentOrders {
  add(order: Order): void;
  all(): Order[];
}

/**
 * An in-memory {@link RecentOrders}.
 * @example const recent = createRecentOrders();
 */
export function createRecentOrders(): RecentOrders {
  const orders: Order[] = [];
  return { add: (order) => void orders.push(order), all: () => [...orders] };
}

/**
 * Handle an `order-created` event: check its shape and add the order to the read model.
 * @example await handleOrderCreated(message.contents, recent)
 * @throws Error when the event is not an order.
 */
export async function handleOrderCreated(event: unknown, recent: RecentOrders): Promise<Order> {
  const order = event as Order;
  if (!order || typeof order.id !== 'number' || !Array.isArray(order.items) || typeof order.total !== 'number') {
    throw new Error('order-created event without an order');
  }
  recent.add(order);
  return order;
}
