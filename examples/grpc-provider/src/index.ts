/** The example inventory gRPC provider. */
export { startInventoryServer, INVENTORY_PROTO } from './inventory-server';
export type { InventoryServerOptions, RunningInventoryServer, BrokenMode } from './inventory-server';
export { StockStore } from './stock-store';
export type { Stock } from './stock-store';
export { inventoryStateHandlers } from './provider-states';
