import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GrpcPact, grpcInteraction, parseProto } from '@treaty/grpc';
import { verifyProvider } from '@treaty/provider';
import { fixtureProto, startAreaCalculator } from './support/area-calculator';
import { calculateOne } from './support/area-client';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'treaty-grpc-native-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const proto = parseProto(fixtureProto(), 'area_calculator.proto');
const rectangle = (extra: Record<string, unknown> = {}) =>
  grpcInteraction({
    description: 'area of a rectangle',
    proto,
    service: 'Calculator/calculateOne',
    request: { rectangle: { length: 'matching(number, 3)', width: 'matching(number, 4)' } },
    response: { value: 'matching(number, 12)' },
    ...extra,
  });

function readPact(): any {
  return JSON.parse(readFileSync(join(dir, 'web-area-calculator.json'), 'utf8'));
}

describe('GrpcPact and grpcInteraction', () => {
  it('writes the interaction as the protobuf plugin does', async () => {
    const pact = new GrpcPact({ consumer: 'web', provider: 'area-calculator', dir }).addInteraction(rectangle());
    const answer = await pact.executeTest((mock) => calculateOne(mock.address, { rectangle: { length: 3, width: 4 } }));
    expect(answer.value).toEqual({ value: [12] });
    const written = readPact();
    const [interaction] = written.interactions;
    expect(interaction).toMatchObject({
      type: 'Synchronous/Messages',
      transport: 'grpc',
      description: 'area of a rectangle',
      pluginConfiguration: {
        protobuf: { descriptorKey: proto.key, service: 'area_calculator.Calculator/calculateOne' },
      },
      interactionMarkup: {
        markupType: 'COMMON_MARK',
        markup: expect.stringContaining('message .area_calculator.Rectangle rectangle = 2;'),
      },
      request: {
        contents: {
          contentType: 'application/protobuf;message=.area_calculator.ShapeMessage',
          encoded: 'base64',
          contentTypeHint: 'BINARY',
          content: 'EgoNAABAQBUAAIBA',
        },
        matchingRules: {
          body: {
            '$.rectangle.length': { combine: 'AND', matchers: [{ match: 'number' }] },
            '$.rectangle.width': { combine: 'AND', matchers: [{ match: 'number' }] },
          },
        },
        metadata: { contentType: 'application/protobuf;message=.area_calculator.ShapeMessage' },
      },
      response: [
        {
          contents: { content: 'CgQAAEBB' },
          matchingRules: { body: { '$.value.*': { combine: 'AND', matchers: [{ match: 'number' }] } } },
        },
      ],
    });
    expect(written.metadata.pactSpecification).toEqual({ version: '4.0' });
    expect(written.metadata.plugins).toEqual([
      {
        name: 'protobuf',
        version: expect.any(String),
        configuration: { [proto.key]: { protoDescriptors: expect.any(String), protoFile: fixtureProto() } },
      },
    ]);
  });

  it('writes a pact that verifies against the real provider', async () => {
    await new GrpcPact({ consumer: 'web', provider: 'area-calculator', dir })
      .addInteraction(rectangle())
      .executeTest((mock) => calculateOne(mock.address, { rectangle: { length: 5, width: 6 } }));
    const provider = await startAreaCalculator();
    try {
      const report = await verifyProvider({
        pactUrls: [dir],
        transports: [{ protocol: 'grpc', port: provider.port }],
        output: { write: () => true },
      });
      expect(report.summary).toMatchObject({ interactions: 1, passed: 1 });
    } finally {
      await provider.close();
    }
  });

  it(
    'fails the test with field path, rule, ' +
      'expected and actual when the client sends other metadata, and writes nothing',
    async () => {
      const pact = new GrpcPact({ consumer: 'web', provider: 'area-calculator', dir }).addInteraction(
        rectangle({ requestMetadata: { 'x-tenant': "matching(regex, '^acme-\\d+$', 'acme-1')" } }),
      );
      const run = pact.executeTest((mock) =>
        calculateOne(mock.address, { rectangle: { length: 3, width: 4 } }, { 'x-tenant': 'globex' }),
      );
      await expect(run).rejects.toMatchObject({ code: 'TREATY_GRPC_MOCK_MISMATCH' });
      await expect(run).rejects.toThrow(/x-tenant[\s\S]*regex[\s\S]*globex/);
      expect(() => readPact()).toThrow(/ENOENT/);
    },
  );

  it('answers with the error status the interaction describes', async () => {
    const pact = new GrpcPact({ consumer: 'web', provider: 'area-calculator', dir }).addInteraction(
      rectangle({
        response: undefined,
        responseMetadata: { 'grpc-status': 'NOT_FOUND', 'grpc-message': 'no such shape' },
      }),
    );
    const { error } = await pact.executeTest((mock) =>
      calculateOne(mock.address, { rectangle: { length: 1, width: 1 } }),
    );
    expect(error).toMatchObject({ code: 5, details: 'no such shape' });
    const provider = await startAreaCalculator('not-found');
    try {
      const report = await verifyProvider({
        pactUrls: [dir],
        transports: [{ protocol: 'grpc', port: provider.port }],
        output: { write: () => true },
      });
      expect(report.success).toBe(true);
    } finally {
      await provider.close();
    }
  });

  it(
    'passes rich error details (grpc-status-details-bin) ' + 'through the mock server and checks them on the provider',
    async () => {
      const details = Buffer.from('shape-details').toString('base64');
      const pact = new GrpcPact({ consumer: 'web', provider: 'area-calculator', dir }).addInteraction(
        rectangle({
          response: undefined,
          responseMetadata: {
            'grpc-status': 'NOT_FOUND',
            'grpc-message': 'no such shape',
            'grpc-status-details-bin': details,
          },
        }),
      );
      const { error } = await pact.executeTest((mock) =>
        calculateOne(mock.address, { rectangle: { length: 1, width: 1 } }),
      );
      expect(error?.metadata.get('grpc-status-details-bin')).toEqual([Buffer.from('shape-details')]);
      const provider = await startAreaCalculator('not-found');
      try {
        const report = await verifyProvider({
          pactUrls: [dir],
          transports: [{ protocol: 'grpc', port: provider.port }],
          reporters: [],
        });
        expect(report.summary).toMatchObject({ passed: 1 });
      } finally {
        await provider.close();
      }
    },
  );

  it('fails verification when the provider gives the error status with another message', async () => {
    const pact = new GrpcPact({ consumer: 'web', provider: 'area-calculator', dir }).addInteraction(
      rectangle({
        response: undefined,
        responseMetadata: { 'grpc-status': 'NOT_FOUND', 'grpc-message': 'shape unknown' },
      }),
    );
    await pact.executeTest((mock) => calculateOne(mock.address, { rectangle: { length: 1, width: 1 } }));
    const provider = await startAreaCalculator('not-found');
    try {
      const report = await verifyProvider({
        pactUrls: [dir],
        transports: [{ protocol: 'grpc', port: provider.port }],
        reporters: [],
      }).catch((e) => e.details.report);
      expect(report.pacts[0].interactions[0].mismatches).toEqual([
        expect.objectContaining({
          type: 'metadata',
          path: 'grpc-message',
          expected: 'shape unknown',
          actual: 'no such shape',
        }),
      ]);
    } finally {
      await provider.close();
    }
  });

  it('names the interaction and the fields when a field does not exist', () => {
    expect(() => rectangle({ request: { rectangle: { lenght: 3 } } })).toThrow(
      'Failed to encode the request of interaction "area of a rectangle" as area_calculator.ShapeMessage: ' +
        "message area_calculator.Rectangle has no field 'lenght' (fields: length, width). Check the field " +
        'names and values against the .proto file.',
    );
  });

  it('names the interaction and the known methods when the method does not exist', () => {
    expect(() => rectangle({ service: 'Calculator/calculateAll' })).toThrow(
      /Failed to find gRPC method Calculator\/calculateAll for interaction "area of a rectangle"/,
    );
  });

  it("types the fields from the messages' TypeScript types", () => {
    interface Rectangle {
      length: number;
      width: number;
    }
    interface ShapeMessage {
      rectangle?: Rectangle;
    }
    interface AreaResponse {
      value: number[];
    }
    const built = grpcInteraction<ShapeMessage, AreaResponse>({
      description: 'typed',
      proto,
      service: 'Calculator/calculateOne',
      request: { rectangle: { length: 'matching(number, 3)', width: 4 } },
      response: { value: ['matching(number, 12)'] },
    });
    expect(built.interaction.request.matchingRules?.body).toHaveProperty(['$.rectangle.length']);
    // At run time the error names the fields Rectangle has.
    expect(() =>
      grpcInteraction<ShapeMessage, AreaResponse>({
        description: 'typo',
        proto,
        service: 'Calculator/calculateOne',
        // @ts-expect-error: Rectangle has no field `height`
        request: { rectangle: { height: 3 } },
      }),
    ).toThrow(/has no field 'height' \(fields: length, width\)/);
  });

  it(
    'keeps only the descriptors its interactions refer to ' +
      'when an interaction is rewritten after its .proto changed',
    async () => {
      const changed = parseProto(`${fixtureProto()}\nmessage Extra {}\n`, 'area_calculator.proto');
      const call = (mock: { address: string }) => calculateOne(mock.address, { rectangle: { length: 3, width: 4 } });
      await new GrpcPact({ consumer: 'web', provider: 'area-calculator', dir })
        .addInteraction(rectangle())
        .executeTest(call);
      await new GrpcPact({ consumer: 'web', provider: 'area-calculator', dir })
        .addInteraction(rectangle({ proto: changed }))
        .executeTest(call);
      const written = readPact();
      expect(changed.key).not.toBe(proto.key);
      expect(Object.keys(written.metadata.plugins[0].configuration)).toEqual([changed.key]);
      expect(written.interactions).toHaveLength(1);
    },
  );
});
