/** The example inventory gRPC consumer. */
export { InventoryClient, INVENTORY_PROTO } from './inventory-client';
export type { StockLevel } from './inventory-client';
export type { StockRequest, StockLevel as StockLevelMessage, Warehouse } from './inventory-types';
