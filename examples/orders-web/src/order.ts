/** An order's status. */
export type OrderStatus = 'pending' | 'shipped' | 'cancelled';

/** One line of an order. */
export interface OrderItem {
  sku: string;
  quantity: number;
  price: number;
}

/** An order as the orders API returns it. */
export interface Order {
  id: number;
  status: OrderStatus;
  items: OrderItem[];
  total: number;
  createdAt: string;
}
