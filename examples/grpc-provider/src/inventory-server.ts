import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';
import { StockStore, type Stock } from './stock-store';

/** The `.proto` file of the inventory service. */
export const INVENTORY_PROTO = join(__dirname, '..', 'proto', 'inventory.proto');

/** Ways to break the service on purpose, for the failing half of the demo. */
export type BrokenMode = 'no-warehouse';

/** Options of {@link startInventoryServer}. */
export interface InventoryServerOptions {
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  store?: StockStore;
  broken?: BrokenMode;
}

/** A running inventory service. */
export interface RunningInventoryServer {
  port: number;
  address: string;
  store: StockStore;
  close(): Promise<void>;
}

type Codec = { encode: (value: object) => Buffer; decode: (bytes: Buffer) => { sku: string } };

function codecs(broken?: BrokenMode): { request: Codec; response: Codec } {
  const root = new protobuf.Root().loadSync(INVENTORY_PROTO, { keepCase: true });
  root.resolveAll();
  const codec = (name: string): Codec => {
    const type = root.lookupType(name);
    return {
      encode: (value) => Buffer.from(type.encode(type.fromObject(value)).finish()),
      decode: (bytes) => type.toObject(type.decode(bytes)) as { sku: string },
    };
  };
  const response = codec('treaty.inventory.StockLevel');
  if (broken === 'no-warehouse') {
    // A release that stopped filling in the warehouse: consumers now read WAREHOUSE_UNSPECIFIED.
    return {
      request: codec('treaty.inventory.StockRequest'),
      response: { ...response, encode: (v) => response.encode({ ...v, warehouse: undefined }) },
    };
  }
  return { request: codec('treaty.inventory.StockRequest'), response };
}

function notFound(sku: string): Partial<grpc.StatusObject> {
  return { code: grpc.status.NOT_FOUND, details: `no stock for SKU ${sku}` };
}

function service(
  store: StockStore,
  broken?: BrokenMode,
): { definition: grpc.ServiceDefinition; handlers: grpc.UntypedServiceImplementation } {
  const { request, response } = codecs(broken);
  const method = (name: string, responseStream: boolean) => ({
    path: `/treaty.inventory.Inventory/${name}`,
    requestStream: false,
    responseStream,
    requestSerialize: request.encode,
    requestDeserialize: request.decode,
    responseSerialize: response.encode,
    responseDeserialize: response.decode,
  });
  const getStock: grpc.handleUnaryCall<{ sku: string }, Stock> = (call, callback) => {
    const stock = store.get(call.request.sku);
    if (stock) callback(null, stock);
    else callback(notFound(call.request.sku));
  };
  const watchStock: grpc.handleServerStreamingCall<{ sku: string }, Stock> = (call) => {
    const stock = store.get(call.request.sku);
    if (!stock)
      return void call.emit(
        'error',
        Object.assign(new Error(`no stock for SKU ${call.request.sku}`), notFound(call.request.sku)),
      );
    // The current level, then the level after the next reservation: what a watcher sees first.
    call.write(stock);
    call.write({ ...stock, available: Math.max(0, stock.available - 1) });
    call.end();
  };
  return {
    definition: {
      GetStock: method('GetStock', false),
      WatchStock: method('WatchStock', true),
    } as unknown as grpc.ServiceDefinition,
    handlers: { GetStock: getStock, WatchStock: watchStock } as grpc.UntypedServiceImplementation,
  };
}

/**
 * Start the inventory gRPC service.
 * @example const server = await startInventoryServer(); // server.address is '127.0.0.1:<port>'
 */
export async function startInventoryServer(options: InventoryServerOptions = {}): Promise<RunningInventoryServer> {
  const store = options.store ?? new StockStore();
  const server = new grpc.Server();
  const { definition, handlers } = service(store, options.broken);
  server.addService(definition, handlers);
  const host = options.host ?? '127.0.0.1';
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${options.port ?? 0}`, grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    port,
    address: `${host}:${port}`,
    store,
    close: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
}
