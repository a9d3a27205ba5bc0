import { toOrderToShip } from './order-to-ship';

/** A parcel to send for an order. */
export interface Shipment {
  orderId: number;
  lines: { sku: string; quantity: number }[];
  parcels: number;
}

/** Where shipments are kept. */
export interface ShipmentQueue {
  add(shipment: Shipment): void;
  all(): Shipment[];
}

/** An in-memory {@link ShipmentQueue}. @example const queue = createShipmentQueue(); */
export function createShipmentQueue(): ShipmentQueue {
  const shipments: Shipment[] = [];
  return { add: (s) => void shipments.push(s), all: () => [...shipments] };
}

/**
 * Handle an `order-created` event: plan a shipment (one parcel per 10 items) and queue it.
 * @example await handleOrderCreated(message.contents.content, queue)
 * @throws Error when the event is not an order.
 */
export async function handleOrderCreated(event: unknown, queue: ShipmentQueue): Promise<Shipment> {
  const order = toOrderToShip(event);
  const count = order.items.reduce((sum, item) => sum + item.quantity, 0);
  const shipment = { orderId: order.id, lines: order.items, parcels: Math.max(1, Math.ceil(count / 10)) };
  queue.add(shipment);
  return shipment;
}
