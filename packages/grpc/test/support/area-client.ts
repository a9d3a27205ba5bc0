import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';
import { fixtureProto } from './area-calculator';

const root = protobuf.parse(fixtureProto(), { keepCase: true }).root;
const shape = root.lookupType('area_calculator.ShapeMessage');
const areaResponse = root.lookupType('area_calculator.AreaResponse');

/** A plain grpc-js client of the area calculator, as a consumer's code would have. */
export function calculateOne(
  address: string,
  request: Record<string, unknown>,
  metadata: Record<string, string> = {},
): Promise<{ error?: grpc.ServiceError; value?: unknown }> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  const md = new grpc.Metadata();
  for (const [k, v] of Object.entries(metadata)) md.set(k, v);
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      '/area_calculator.Calculator/calculateOne',
      (v: Record<string, unknown>) => Buffer.from(shape.encode(shape.fromObject(v)).finish()),
      (b: Buffer) => areaResponse.toObject(areaResponse.decode(b)),
      request,
      md,
      {},
      (error, value) => {
        client.close();
        resolve(error ? { error } : { value });
      },
    );
  });
}
