import { totalOf, type Order, type OrderItem } from './order';

/** The API's in-memory data. */
export interface OrderStore {
  list(): Order[];
  get(id: number): Order | undefined;
  create(items: OrderItem[]): Order;
  /** Put an order in place (state handlers use this). */
  put(order: Order): Order;
  clear(): void;
}

/** A sample order with the given id. */
export function sampleOrder(id: number): Order {
  const items = [{ sku: 'BOOK-1', quantity: 2, price: 12.5 }];
  return { id, status: 'pending', items, total: totalOf(items), createdAt: '2024-05-01T10:00:00.000Z' };
}

/** Create an empty store. */
export function createOrderStore(): OrderStore {
  const orders = new Map<number, Order>();
  let nextId = 1;
  return {
    list: () => [...orders.values()].sort((a, b) => a.id - b.id),
    get: (id) => orders.get(id),
    create(items) {
      while (orders.has(nextId)) nextId++;
      const order: Order = {
        id: nextId++,
        status: 'pending',
        items,
        total: totalOf(items),
        createdAt: new Date().toISOString(),
      };
      orders.set(order.id, order);
      return order;
    },
    put(order) {
      orders.set(order.id, order);
      return order;
    },
    clear() {
      orders.clear();
      nextId = 1;
    },
  };
}
