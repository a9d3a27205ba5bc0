import type { StockStore } from './stock-store';

/** The provider states the inventory consumers use, as Treaty/pact-js state handlers. */
export function inventoryStateHandlers(store: StockStore): Record<string, (params?: Record<string, unknown>) => void> {
  return {
    'SKU A-100 is in stock': () => {
      store.clear();
      store.put({
        sku: 'A-100',
        available: 12,
        warehouse: 'NORTH',
        tags: ['fragile'],
        updated_at: '2026-12-07T10:00:00Z',
      });
    },
    'no stock is known': () => store.clear(),
  };
}
