// The broker stores and serves pacts written with the protobuf plugin (gRPC, V4 synchronous messages with plugin
// data and base64 contents) unchanged, and takes verification results for them.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyProvider } from '@treaty/provider';
import { inventoryStateHandlers, startInventoryServer } from '@treaty-examples/grpc-provider';
import { describeEachDialect, type TestDatabase } from './support/databases';
import { startHttpBroker, type HttpBroker } from './support/http-broker';

const repoRoot = resolve(__dirname, '..', '..');
const files = {
  'pact-jvm with the plugin': resolve(
    repoRoot,
    '..',
    'shared',
    'fixtures',
    'grpc',
    'protobuf-consumer-area-calculator-provider.json',
  ),
  Treaty: join(repoRoot, 'examples', 'grpc-consumer', 'pacts', 'inventory-web-inventory-service.json'),
};

/**
 * The pact as served, without what the broker adds (`_links`, `createdAt`, interaction ids), as the Pact Broker does.
 */
function withoutBrokerFields(served: Record<string, any>): Record<string, unknown> {
  const { _links: _ignored, createdAt: _created, ...rest } = served;
  return {
    ...rest,
    interactions: rest.interactions.map(({ _id, ...interaction }: Record<string, unknown>) => interaction),
  };
}

describeEachDialect('gRPC pacts', (dialect, available) => {
  let db: TestDatabase;
  let broker: HttpBroker;
  beforeAll(async () => {
    if (!available()) return;
    db = await dialect.create();
    broker = await startHttpBroker(db.location);
  });
  afterAll(async () => {
    await broker?.close();
    await db?.drop();
  });

  it.each(Object.entries(files))(
    'a pact written by %s is served back with the same content, byte for byte',
    async (_who, file) => {
      if (!available()) return;
      const text = readFileSync(file, 'utf8');
      const pact = JSON.parse(text);
      const path = `/pacts/provider/${pact.provider.name}/consumer/${pact.consumer.name}/version/1.0.0`;
      expect((await broker.call('PUT', path, text)).status).toBe(201);
      const served = await broker.call('GET', path);
      expect(served.status).toBe(200);
      expect(JSON.stringify(withoutBrokerFields(served.body))).toBe(JSON.stringify(pact));
    },
  );

  it('takes the results of verifying a gRPC pact fetched from it', async () => {
    if (!available()) return;
    const server = await startInventoryServer();
    try {
      const report = await verifyProvider({
        provider: 'inventory-service',
        pactBrokerUrl: broker.url,
        transports: [{ protocol: 'grpc', port: server.port }],
        stateHandlers: inventoryStateHandlers(server.store),
        publishVerificationResult: true,
        providerVersion: '2.0.0',
        reporters: [],
      });
      expect(report.summary).toMatchObject({ interactions: 3, passed: 3 });
      expect(report.pacts[0].published).toMatchObject({ ok: true });
    } finally {
      await server.close();
    }
  });
});
