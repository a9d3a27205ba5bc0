/** What shipping needs to know about an order: a subset of what the orders API returns. */
export interface OrderToShip {
  id: number;
  status: string;
  items: { sku: string; quantity: number }[];
}

/** Keep only the fields shipping uses, checking their types. @throws Error when the value is not an order. */
export function toOrderToShip(value: unknown): OrderToShip {
  const order = value as OrderToShip | null;
  const itemsOk =
    Array.isArray(order?.items) &&
    order.items.every((i) => typeof i?.sku === 'string' && Number.isInteger(i?.quantity));
  if (!order || typeof order.id !== 'number' || typeof order.status !== 'string' || !itemsOk) {
    throw new Error('not an order: expected id, status and items with sku and quantity');
  }
  return { id: order.id, status: order.status, items: order.items.map(({ sku, quantity }) => ({ sku, quantity })) };
}
