import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';
import * as descriptor from 'protobufjs/ext/descriptor';
import { formatMismatches, parsePact, type SynchronousMessageInteraction } from '@treaty/core';
import {
  GrpcProviderClient,
  isGrpcInteraction,
  parseProto,
  resolveGrpcInteraction,
  startGrpcMockServer,
} from '@treaty/grpc';
import { fixtureProto, readFixture, startAreaCalculator, type Behaviour } from './support/area-calculator';

function fixturePact() {
  const pact = parsePact(readFixture());
  const interaction = pact.interactions.find(isGrpcInteraction) as SynchronousMessageInteraction;
  return { pact, interaction };
}

async function replayAgainst(behaviour: Behaviour) {
  const provider = await startAreaCalculator(behaviour);
  const client = new GrpcProviderClient({ port: provider.port });
  try {
    const { pact, interaction } = fixturePact();
    return { ...(await client.replay(pact, interaction)), calls: provider.calls() };
  } finally {
    client.close();
    await provider.close();
  }
}

describe('the pact-jvm protobuf-plugin fixture', () => {
  it('loads its descriptors and resolves the method', () => {
    const { pact, interaction } = fixturePact();
    const resolved = resolveGrpcInteraction(pact, interaction);
    expect(resolved.method.path).toBe('/area_calculator.Calculator/calculateOne');
    expect(resolved.method.requestType.fullName).toBe('.area_calculator.ShapeMessage');
    expect(resolved.descriptors.key).toBe('a85dff8f82655a9681aad113575dcfbb');
  });

  it('verifies against a real gRPC provider', async () => {
    const result = await replayAgainst('correct');
    expect(result.calls).toBe(1);
    expect(result.call.status.code).toBe(0);
    expect(result.mismatches).toEqual([]);
  });

  it('fails against a provider that answers with an empty list, naming the field path and the rule', async () => {
    const { mismatches } = await replayAgainst('wrong-value-type');
    expect(mismatches.length).toBeGreaterThan(0);
    expect(mismatches[0]).toMatchObject({ type: 'body', path: '$.value' });
    const report = formatMismatches(mismatches, { interaction: 'calculate rectangle area request' });
    expect(report).toContain('calculate rectangle area request');
    expect(report).toContain('$.value');
  });

  it('fails against a provider that answers with another message type', async () => {
    const { mismatches } = await replayAgainst('wrong-message');
    expect(mismatches).toEqual([
      expect.objectContaining({ type: 'bodyType', expected: 'area_calculator.AreaResponse' }),
    ]);
    expect(mismatches[0].message).toMatch(
      /Expected the response to be a area_calculator.AreaResponse message, but it does not decode as one/,
    );
  });

  it('fails against a provider that answers with an error status', async () => {
    const { mismatches } = await replayAgainst('not-found');
    expect(mismatches).toEqual([expect.objectContaining({ type: 'status', expected: 'OK', actual: 'NOT_FOUND' })]);
    expect(mismatches[0].message).toBe('Expected gRPC status OK but the provider answered NOT_FOUND (no such shape)');
  });
});

describe('a mock server from the fixture', () => {
  const root = protobuf.parse(fixtureProto(), { keepCase: true }).root;
  const shape = root.lookupType('area_calculator.ShapeMessage');
  const areaResponse = root.lookupType('area_calculator.AreaResponse');

  function calculate(
    address: string,
    request: Record<string, unknown>,
  ): Promise<{ error?: grpc.ServiceError; value?: unknown }> {
    const client = new grpc.Client(address, grpc.credentials.createInsecure());
    return new Promise((resolve) => {
      client.makeUnaryRequest(
        '/area_calculator.Calculator/calculateOne',
        (v: Record<string, unknown>) => Buffer.from(shape.encode(shape.fromObject(v)).finish()),
        (b: Buffer) => areaResponse.toObject(areaResponse.decode(b)),
        request,
        new grpc.Metadata(),
        {},
        (error, value) => {
          client.close();
          resolve(error ? { error } : { value });
        },
      );
    });
  }

  it('answers a matching call with the pact response', async () => {
    const mock = await startGrpcMockServer({ pact: fixturePact().pact });
    try {
      const { value } = await calculate(mock.address, { rectangle: { length: 5, width: 7 } });
      expect(value).toEqual({ value: [12] });
      expect(() => mock.verify()).not.toThrow();
    } finally {
      await mock.close();
    }
  });

  it(
    'rejects a call the pact does not describe, and ' + 'verify() reports field path, rule, expected and actual',
    async () => {
      const mock = await startGrpcMockServer({ pact: fixturePact().pact });
      try {
        const { error } = await calculate(mock.address, { circle: { radius: 2 } });
        expect(error?.code).toBe(grpc.status.FAILED_PRECONDITION);
        expect(error?.details).toContain('calculate rectangle area request');
        expect(() => mock.verify()).toThrow(/\$\.rectangle/);
        expect(mock.unmatched()).toEqual(['calculate rectangle area request']);
      } finally {
        await mock.close();
      }
    },
  );
});

describe('a mock server from the fixture, called on a method the pact does not describe', () => {
  it('answers UNIMPLEMENTED and verify() names the method', async () => {
    const mock = await startGrpcMockServer({ pact: fixturePact().pact });
    const client = new grpc.Client(mock.address, grpc.credentials.createInsecure());
    try {
      const error = await new Promise<grpc.ServiceError | null>((resolve) =>
        client.makeUnaryRequest(
          '/area_calculator.Calculator/calculateMulti',
          (v: Buffer) => v,
          (b: Buffer) => b,
          Buffer.alloc(0),
          (e) => resolve(e),
        ),
      );
      expect(error).toMatchObject({
        code: grpc.status.UNIMPLEMENTED,
        details: 'No interaction in the pact calls /area_calculator.Calculator/calculateMulti',
      });
      expect(() => mock.verify()).toThrow(
        /No interaction in the pact calls \/area_calculator.Calculator\/calculateMulti/,
      );
    } finally {
      client.close();
      await mock.close();
    }
  });
});

describe("descriptors Treaty writes for the fixture's .proto", () => {
  /** Messages, fields (name, number, label, type, type name) and methods: what readers of the descriptors use. */
  function shape(encoded: Uint8Array) {
    const set = descriptor.FileDescriptorSet.toObject(descriptor.FileDescriptorSet.decode(encoded)) as {
      file: Array<{ package: string; messageType: any[]; service: any[] }>;
    };
    return set.file.map((file) => ({
      package: file.package,
      messages: file.messageType.map((m) => ({
        name: m.name,
        fields: m.field.map((f: any) => [f.name, f.number, f.label, f.type, f.typeName, f.oneofIndex]),
      })),
      services: file.service.map((s) => ({
        name: s.name,
        methods: s.method.map((m: any) => [m.name, m.inputType, m.outputType]),
      })),
    }));
  }

  it("describe the same messages, fields and methods as protoc's in the pact-jvm pact", () => {
    const pact = readFixture() as {
      metadata: { plugins: Array<{ configuration: Record<string, { protoDescriptors: string }> }> };
    };
    const theirs = Buffer.from(Object.values(pact.metadata.plugins[0].configuration)[0].protoDescriptors, 'base64');
    const ours = parseProto(fixtureProto(), 'area_calculator.proto').descriptorBytes;
    expect(shape(ours)).toEqual(shape(theirs));
  });
});
