import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';

/** The test proto with every kind of call. */
export const ROUTES_PROTO = join(__dirname, '..', 'protos', 'routes.proto');

const root = new protobuf.Root().loadSync(ROUTES_PROTO, { keepCase: true });
const type = (name: string) => root.lookupType(`treaty.test.${name}`);
const codec = (name: string) => ({
  serialize: (v: object) => Buffer.from(type(name).encode(type(name).fromObject(v)).finish()),
  deserialize: (b: Buffer) =>
    type(name).toObject(type(name).decode(b), { enums: String, longs: Number }) as Record<string, any>,
});

/** A place the server knows. */
export const PARK = {
  name: 'Central Park',
  location: { latitude: 40, longitude: -73 },
  kind: 'PARK',
  labels: { '1': 'green' },
  entrances: [{ latitude: 1, longitude: 2 }],
  visitors: 42,
  rating: 4.5,
};

function definition(): grpc.ServiceDefinition {
  const method = (name: string, req: string, res: string, requestStream: boolean, responseStream: boolean) => ({
    path: `/treaty.test.Routes/${name}`,
    requestStream,
    responseStream,
    requestSerialize: codec(req).serialize,
    requestDeserialize: codec(req).deserialize,
    responseSerialize: codec(res).serialize,
    responseDeserialize: codec(res).deserialize,
  });
  return {
    GetPoint: method('GetPoint', 'Point', 'Place', false, false),
    ListPlaces: method('ListPlaces', 'Area', 'Place', false, true),
    RecordRoute: method('RecordRoute', 'Point', 'Summary', true, false),
    Chat: method('Chat', 'Note', 'Note', true, true),
  } as unknown as grpc.ServiceDefinition;
}

/** Start a real routes server on 127.0.0.1, port 0. */
export async function startRoutesServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new grpc.Server();
  server.addService(definition(), {
    GetPoint: (_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      const trailers = new grpc.Metadata();
      trailers.set('x-region', 'eu-1');
      callback(null, PARK, trailers);
    },
    ListPlaces: (call: grpc.ServerWritableStream<unknown, unknown>) => {
      call.write(PARK);
      call.write({ ...PARK, name: 'Bryant Park', visitors: 7 });
      call.end();
    },
    RecordRoute: (call: grpc.ServerReadableStream<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      let count = 0;
      call.on('data', () => count++);
      call.on('end', () => callback(null, { point_count: count }));
    },
    Chat: (call: grpc.ServerDuplexStream<{ text: string }, unknown>) => {
      call.on('data', (note: { text: string }) => call.write({ text: `echo: ${note.text}` }));
      call.on('end', () => call.end());
    },
  });
  const port = await new Promise<number>((ok, fail) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? fail(e) : ok(p))),
  );
  return { port, close: () => new Promise((ok) => server.tryShutdown(() => ok())) };
}

/** A grpc-js client of the routes service, for calling the mock server. */
export function routesClient(address: string) {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  const path = (m: string) => `/treaty.test.Routes/${m}`;
  return {
    getPoint: (point: object) =>
      new Promise<Record<string, any>>((ok, fail) =>
        client.makeUnaryRequest(
          path('GetPoint'),
          codec('Point').serialize,
          codec('Place').deserialize,
          point,
          (e, v) => (e ? fail(e) : ok(v!)),
        ),
      ),
    listPlaces: (area: object) =>
      new Promise<Record<string, any>[]>((ok, fail) => {
        const out: Record<string, any>[] = [];
        const call = client.makeServerStreamRequest(
          path('ListPlaces'),
          codec('Area').serialize,
          codec('Place').deserialize,
          area,
        );
        call.on('data', (v: Record<string, any>) => out.push(v));
        call.on('error', fail);
        call.on('end', () => ok(out));
      }),
    recordRoute: (points: object[]) =>
      new Promise<Record<string, any>>((ok, fail) => {
        const call = client.makeClientStreamRequest(
          path('RecordRoute'),
          codec('Point').serialize,
          codec('Summary').deserialize,
          (e, v) => (e ? fail(e) : ok(v!)),
        );
        for (const p of points) call.write(p);
        call.end();
      }),
    chat: (notes: object[]) =>
      new Promise<Record<string, any>[]>((ok, fail) => {
        const out: Record<string, any>[] = [];
        const call = client.makeBidiStreamRequest(path('Chat'), codec('Note').serialize, codec('Note').deserialize);
        call.on('data', (v: Record<string, any>) => out.push(v));
        call.on('error', fail);
        call.on('end', () => ok(out));
        for (const n of notes) call.write(n);
        call.end();
      }),
    close: () => client.close(),
  };
}
