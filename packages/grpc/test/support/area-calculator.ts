import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';

/** The repository root. */
export const repoRoot = resolve(__dirname, '..', '..', '..', '..');

/** The pact-jvm fixture written with the official protobuf plugin (kept outside the repository). */
export const fixtureFile = resolve(
  repoRoot,
  '..',
  'shared',
  'fixtures',
  'grpc',
  'protobuf-consumer-area-calculator-provider.json',
);

/** The fixture's pact JSON. */
export function readFixture(): Record<string, unknown> {
  return JSON.parse(readFileSync(fixtureFile, 'utf8')) as Record<string, unknown>;
}

/** The `.proto` text the fixture carries. */
export function fixtureProto(): string {
  const pact = readFixture() as {
    metadata: { plugins: Array<{ configuration: Record<string, { protoFile: string }> }> };
  };
  return Object.values(pact.metadata.plugins[0].configuration)[0].protoFile;
}

type Shape = Record<string, Record<string, number> | undefined>;
type Handler = (request: Shape) => Record<string, unknown>;

/** How the test provider behaves. */
export type Behaviour = 'correct' | 'wrong-value-type' | 'wrong-message' | 'not-found';

function area(shape: Shape): number {
  if (shape.square) return shape.square.edge_length ** 2;
  if (shape.rectangle) return shape.rectangle.length * shape.rectangle.width;
  if (shape.circle) return Math.PI * shape.circle.radius ** 2;
  return 0;
}

/**
 * Start a real gRPC area calculator on 127.0.0.1, port 0, built with grpc-js and protobufjs from the fixture's proto.
 * `behaviour` breaks it on purpose.
 */
export async function startAreaCalculator(behaviour: Behaviour = 'correct'): Promise<{
  port: number;
  close: () => Promise<void>;
  calls: () => number;
  metadata: () => Record<string, unknown>[];
  requests: () => Shape[];
}> {
  const root = protobuf.parse(fixtureProto(), { keepCase: true }).root;
  const shapeType = root.lookupType('area_calculator.ShapeMessage');
  const areaType = root.lookupType('area_calculator.AreaResponse');
  // Another message type with a string where AreaResponse has floats: what a provider mixing up its types sends.
  const wrongType = new protobuf.Type('Label').add(new protobuf.Field('value', 1, 'string'));
  new protobuf.Root().add(wrongType);
  let calls = 0;
  const seen: Record<string, unknown>[] = [];
  const requests: Shape[] = [];
  const respond: Handler = (shape) => {
    if (behaviour === 'wrong-value-type') return { value: [] };
    return { value: [area(shape)] };
  };
  const server = new grpc.Server();
  const method = {
    path: '/area_calculator.Calculator/calculateOne',
    requestStream: false,
    responseStream: false,
    requestDeserialize: (b: Buffer) => shapeType.toObject(shapeType.decode(b)) as Shape,
    responseSerialize: (v: Record<string, unknown>) =>
      Buffer.from((behaviour === 'wrong-message' ? wrongType : areaType).encode(v).finish()),
    requestSerialize: (v: unknown) => Buffer.from(JSON.stringify(v)),
    responseDeserialize: (b: Buffer) => b,
  };
  server.addService({ calculateOne: method } as unknown as grpc.ServiceDefinition, {
    calculateOne: (
      call: grpc.ServerUnaryCall<Shape, unknown>,
      callback: grpc.sendUnaryData<Record<string, unknown>>,
    ) => {
      calls++;
      seen.push(call.metadata.getMap());
      requests.push(call.request);
      if (behaviour === 'not-found') {
        const metadata = new grpc.Metadata();
        metadata.set('grpc-status-details-bin', Buffer.from('shape-details'));
        return callback({ code: grpc.status.NOT_FOUND, details: 'no such shape', metadata });
      }
      if (behaviour === 'wrong-message') return callback(null, { value: 'twelve' });
      callback(null, respond(call.request));
    },
  });
  const port = await new Promise<number>((ok, fail) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? fail(e) : ok(p))),
  );
  return {
    port,
    calls: () => calls,
    metadata: () => seen,
    requests: () => requests,
    close: () => new Promise((ok) => server.tryShutdown(() => ok())),
  };
}
