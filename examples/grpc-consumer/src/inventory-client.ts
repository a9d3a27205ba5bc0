import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';

/** The inventory service's contract, shared with the provider (in a real project: a contracts repository). */
export const INVENTORY_PROTO = join(__dirname, '..', '..', 'grpc-provider', 'proto', 'inventory.proto');

/** A SKU's stock as the web app uses it. */
export interface StockLevel {
  sku: string;
  available: number;
  warehouse: string;
  tags: string[];
  updatedAt: Date;
}

interface WireStock {
  sku: string;
  available: number;
  warehouse: string;
  tags?: string[];
  updated_at: string;
}

function toStockLevel(wire: WireStock): StockLevel {
  return {
    sku: wire.sku,
    available: wire.available,
    warehouse: wire.warehouse,
    tags: wire.tags ?? [],
    updatedAt: new Date(wire.updated_at),
  };
}

/**
 * The web app's client of the inventory gRPC service.
 * @example const stock = await new InventoryClient('127.0.0.1:50051').getStock('A-100');
 */
export class InventoryClient {
  private readonly client: grpc.Client;
  private readonly request: protobuf.Type;
  private readonly response: protobuf.Type;

  constructor(address: string) {
    const root = new protobuf.Root().loadSync(INVENTORY_PROTO, { keepCase: true });
    this.request = root.lookupType('treaty.inventory.StockRequest');
    this.response = root.lookupType('treaty.inventory.StockLevel');
    this.client = new grpc.Client(address, grpc.credentials.createInsecure());
  }

  private serialize = (value: { sku: string }): Buffer =>
    Buffer.from(this.request.encode(this.request.fromObject(value)).finish());
  private deserialize = (bytes: Buffer): WireStock =>
    this.response.toObject(this.response.decode(bytes), { enums: String, defaults: true }) as WireStock;

  /** A SKU's stock, or undefined when the service knows no stock for it. */
  getStock(sku: string): Promise<StockLevel | undefined> {
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        '/treaty.inventory.Inventory/GetStock',
        this.serialize,
        this.deserialize,
        { sku },
        new grpc.Metadata(),
        {},
        (error, value) => {
          if (error?.code === grpc.status.NOT_FOUND) resolve(undefined);
          else if (error || !value) reject(error ?? new Error('no answer'));
          else resolve(toStockLevel(value));
        },
      );
    });
  }

  /** The first `count` stock levels the service streams for a SKU. */
  watchStock(sku: string, count: number): Promise<StockLevel[]> {
    const call = this.client.makeServerStreamRequest(
      '/treaty.inventory.Inventory/WatchStock',
      this.serialize,
      this.deserialize,
      { sku },
      new grpc.Metadata(),
    );
    const levels: StockLevel[] = [];
    return new Promise((resolve, reject) => {
      call.on('data', (wire: WireStock) => {
        levels.push(toStockLevel(wire));
        if (levels.length === count) call.cancel();
      });
      call.on('error', (error: grpc.ServiceError) =>
        error.code === grpc.status.CANCELLED ? resolve(levels) : reject(error),
      );
      call.on('end', () => resolve(levels));
    });
  }

  /** Close the channel. */
  close(): void {
    this.client.close();
  }
}
