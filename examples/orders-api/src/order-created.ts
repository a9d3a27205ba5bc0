import type { Order } from './order';
import { presentOrder, type BrokenMode } from './order';

/** The metadata every order-created message carries. */
export const ORDER_CREATED_METADATA = { contentType: 'application/json', topic: 'orders' } as const;

/** The message the API publishes when an order is created: the order, with its metadata. */
export interface OrderCreatedMessage {
  content: Record<string, unknown>;
  metadata: typeof ORDER_CREATED_METADATA;
}

/**
 * Produce the `order-created` message for an order.
 * @example publish(orderCreated(order));
 */
export function orderCreated(order: Order, broken?: BrokenMode): OrderCreatedMessage {
  return { content: presentOrder(order, broken), metadata: ORDER_CREATED_METADATA };
}
