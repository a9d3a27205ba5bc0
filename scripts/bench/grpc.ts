/**
 * gRPC provider verification speed: one pact of 1000 unary gRPC interactions (the protobuf plugin's pact format,
 * matching rules on decoded fields) verified by Treaty's `verifyProvider` against the example inventory service,
 * beside a plain `@grpc/grpc-js` client loop (call, decode) making the same 1000 calls, in one run.
 * Run with `npx tsx scripts/bench/grpc.ts` after `npx tsc -b`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';
import { serializePact, type Pact } from '@treaty/core';
import { buildGrpcInteraction, loadProtoFile, mergePluginEntries } from '@treaty/grpc';
import { verifyProvider } from '@treaty/provider';
import { bestOfInterleaved, startProviderProcess } from './support';

const COUNT = 1000;
const ROUNDS = 5;
const root = join(__dirname, '..', '..');
const PROTO = join(root, 'examples', 'grpc-provider', 'proto', 'inventory.proto');

function writePact(dir: string): string {
  const descriptors = loadProtoFile(PROTO);
  const built = Array.from({ length: COUNT }, (_v, i) =>
    buildGrpcInteraction({
      description: `stock of SKU A-${i}`,
      descriptors,
      service: 'Inventory/GetStock',
      request: { sku: `A-${i}` },
      response: {
        sku: `matching(regex, '^A-\\d+$', 'A-${i}')`,
        available: 'matching(integer, 12)',
        warehouse: "matching(regex, '^(NORTH|SOUTH)$', 'NORTH')",
        tags: "eachValue(matching(type, 'fragile'))",
        updated_at: "matching(datetime, 'yyyy-MM-dd\\'T\\'HH:mm:ssX', '2026-12-07T10:00:00Z')",
      },
    }),
  );
  const pact: Pact = {
    consumer: { name: 'bench-web' },
    provider: { name: 'inventory-service' },
    specVersion: 'V4',
    interactions: built.map((b) => b.interaction),
    metadata: { plugins: mergePluginEntries([], [built[0].plugin]) },
  };
  const file = join(dir, 'bench-web-inventory-service.json');
  writeFileSync(file, JSON.stringify(serializePact(pact, { specVersion: 'V4' })));
  return file;
}

/** The provider runs in its own process, as a real one would: the example inventory service with every SKU stocked. */
const PROVIDER_SCRIPT =
  `
const { startInventoryServer, StockStore } = require('@treaty-examples/grpc-provider');
const store = new StockStore();
for (let i = 0; i < ${COUNT}; i++) store.put({ sku: 'A-' + i, available: i, warehouse: 'SOUTH', tags: ` +
  `['fragile', 'heavy'], updated_at: '2026-12-07T10:00:00Z' });
startInventoryServer({ store }).then((s) => process.stdout.write(String(s.port) + '\\n'));
`;

/** The floor: the same 1000 calls through one grpc-js channel, encoding each request and decoding each answer. */
async function floor(port: number): Promise<void> {
  const types = new protobuf.Root().loadSync(PROTO, { keepCase: true });
  const request = types.lookupType('treaty.inventory.StockRequest');
  const response = types.lookupType('treaty.inventory.StockLevel');
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const serialize = (v: { sku: string }) => Buffer.from(request.encode(request.fromObject(v)).finish());
  const deserialize = (b: Buffer) => response.toObject(response.decode(b), { enums: String });
  for (let i = 0; i < COUNT; i++) {
    await new Promise<void>((resolve, reject) => {
      client.makeUnaryRequest(
        '/treaty.inventory.Inventory/GetStock',
        serialize,
        deserialize,
        { sku: `A-${i}` },
        (error) => (error ? reject(error) : resolve()),
      );
    });
  }
  client.close();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-bench-grpc-'));
  const file = writePact(dir);
  const provider = await startProviderProcess(PROVIDER_SCRIPT, root);
  try {
    const ours = async () => {
      const report = await verifyProvider({
        pactUrls: [file],
        transports: [{ protocol: 'grpc', port: provider.port }],
        reporters: [],
      });
      if (report.summary.passed !== COUNT)
        throw new Error(`expected ${COUNT} passing interactions, got ${report.summary.passed}`);
    };
    const { floorMs, oursMs } = await bestOfInterleaved(
      ROUNDS,
      { label: 'grpc-js client loop (floor)', run: () => floor(provider.port) },
      { label: 'treaty verifyProvider', run: ours },
    );
    process.stdout.write(`\n${COUNT} unary gRPC interactions, 5 rules each\n`);
    process.stdout.write(`treaty / floor: ${(oursMs / floorMs).toFixed(2)}x (best of ${ROUNDS} each; target ≤ 2x)\n`);
  } finally {
    await provider.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
