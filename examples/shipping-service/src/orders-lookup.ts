import { toOrderToShip, type OrderToShip } from './order-to-ship';

/**
 * Looks orders up in the orders API before shipping them.
 * @example const order = await new OrdersLookup('http://localhost:3000').find(42);
 */
export class OrdersLookup {
  /** `baseUrl` without a trailing slash. */
  constructor(private readonly baseUrl: string) {}

  /**
   * The order with this id, or `null` when the orders API knows none.
   * @throws Error when the API answers anything else.
   */
  async find(id: number): Promise<OrderToShip | null> {
    const response = await fetch(`${this.baseUrl}/orders/${id}`, { headers: { Accept: 'application/json' } });
    if (response.status === 404) return null;
    if (response.status !== 200) throw new Error(`orders API answered ${response.status} for order ${id}`);
    return toOrderToShip(await response.json());
  }
}
