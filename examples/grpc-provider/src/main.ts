import { startInventoryServer, type BrokenMode } from './inventory-server';
import { inventoryStateHandlers } from './provider-states';
import { StockStore } from './stock-store';

// `node dist/main.js [port] [broken-mode]`: serve the inventory with SKU A-100 in stock, print where.
async function main(): Promise<void> {
  const store = new StockStore();
  inventoryStateHandlers(store)['SKU A-100 is in stock']();
  const server = await startInventoryServer({
    port: Number(process.argv[2] ?? 0),
    store,
    broken: process.argv[3] as BrokenMode | undefined,
  });
  console.log(`inventory gRPC service listening on grpc://${server.address}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void server.close().then(() => process.exit(0)));
}

void main();
