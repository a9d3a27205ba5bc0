/** One SKU's stock, as the service keeps it. */
export interface Stock {
  sku: string;
  available: number;
  warehouse: 'NORTH' | 'SOUTH';
  tags: string[];
  updated_at: string;
}

/** The in-memory stock the example service serves; provider states fill it. */
export class StockStore {
  private readonly items = new Map<string, Stock>();

  /** Add or replace a SKU's stock. */
  put(stock: Stock): void {
    this.items.set(stock.sku, { ...stock, tags: [...stock.tags] });
  }

  /** A SKU's stock, or undefined. */
  get(sku: string): Stock | undefined {
    return this.items.get(sku);
  }

  /** Forget everything. */
  clear(): void {
    this.items.clear();
  }
}
