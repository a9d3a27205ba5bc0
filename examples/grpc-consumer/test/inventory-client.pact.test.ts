import { join } from 'node:path';
import { GrpcPact, grpcInteraction } from '@treaty/grpc';
import { PactV4 } from '@treaty/pact';
import {
  INVENTORY_PROTO,
  InventoryClient,
  type StockLevelMessage,
  type StockRequest,
} from '@treaty-examples/grpc-consumer';

const dir = join(__dirname, '..', 'pacts');
const parties = { consumer: 'inventory-web', provider: 'inventory-service', dir };
const stockLevel = {
  sku: "matching(regex, '^[A-Z]-\\d+$', 'A-100')",
  available: 'matching(integer, 12)',
  warehouse: "matching(regex, '^(NORTH|SOUTH)$', 'NORTH')",
  tags: "eachValue(matching(type, 'fragile'))",
  updated_at: "matching(datetime, 'yyyy-MM-dd\\'T\\'HH:mm:ssX', '2026-12-07T10:00:00Z')",
};

describe('the inventory client', () => {
  it('reads a SKU stock level (pact-js plugin API)', async () => {
    const stock = await new PactV4(parties)
      .addSynchronousInteraction('a stock level request for SKU A-100')
      .given('SKU A-100 is in stock')
      .usingPlugin({ plugin: 'protobuf', version: '0.5.5' })
      .withPluginContents(
        JSON.stringify({
          'pact:proto': INVENTORY_PROTO,
          'pact:proto-service': 'Inventory/GetStock',
          'pact:content-type': 'application/protobuf',
          request: { sku: "matching(regex, '^[A-Z]-\\d+$', 'A-100')" },
          response: stockLevel,
        }),
        'application/protobuf',
      )
      .startTransport('grpc', '127.0.0.1')
      .executeTest(async (tc) => {
        const client = new InventoryClient(`127.0.0.1:${tc.port}`);
        try {
          return await client.getStock('A-100');
        } finally {
          client.close();
        }
      });
    expect(stock).toEqual({
      sku: 'A-100',
      available: 12,
      warehouse: 'NORTH',
      tags: ['fragile'],
      updatedAt: new Date('2026-12-07T10:00:00Z'),
    });
  });

  it("reads nothing for an unknown SKU and watches a SKU's stock (Treaty's own API)", async () => {
    const pact = new GrpcPact(parties)
      .addInteraction(
        grpcInteraction<StockRequest, StockLevelMessage>({
          description: 'a stock level request for an unknown SKU',
          given: ['no stock is known'],
          proto: INVENTORY_PROTO,
          service: 'Inventory/GetStock',
          request: { sku: 'Z-999' },
          responseMetadata: { 'grpc-status': 'NOT_FOUND', 'grpc-message': 'no stock for SKU Z-999' },
        }),
      )
      .addInteraction(
        grpcInteraction<StockRequest, StockLevelMessage>({
          description: 'a watch of SKU A-100',
          given: ['SKU A-100 is in stock'],
          proto: INVENTORY_PROTO,
          service: 'Inventory/WatchStock',
          request: { sku: 'A-100' },
          response: [stockLevel, { ...stockLevel, available: 'matching(integer, 11)' }],
        }),
      );
    const [unknown, watched] = await pact.executeTest(async (mock) => {
      const client = new InventoryClient(mock.address);
      try {
        return [await client.getStock('Z-999'), await client.watchStock('A-100', 2)] as const;
      } finally {
        client.close();
      }
    });
    expect(unknown).toBeUndefined();
    expect(watched.map((s) => s.available)).toEqual([12, 11]);
  });
});
