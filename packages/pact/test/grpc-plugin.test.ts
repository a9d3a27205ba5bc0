import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';
import { flushPacts, PactV4 } from '@treaty/pact';
import { verifyProvider } from '@treaty/provider';

// The proto of the official plugin's area-calculator example, read from the pact-jvm fixture beside the repository.
const fixture = resolve(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'grpc',
  'protobuf-consumer-area-calculator-provider.json',
);
const protoText = (
  Object.values(JSON.parse(readFileSync(fixture, 'utf8')).metadata.plugins[0].configuration)[0] as { protoFile: string }
).protoFile;
const root = protobuf.parse(protoText, { keepCase: true }).root;
const shape = root.lookupType('area_calculator.ShapeMessage');
const areaResponse = root.lookupType('area_calculator.AreaResponse');

let dir: string;
let protoPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'treaty-pact-grpc-'));
  protoPath = join(dir, 'area_calculator.proto');
  writeFileSync(protoPath, protoText);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function calculateOne(address: string, request: Record<string, unknown>): Promise<unknown> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  return new Promise((ok, fail) => {
    client.makeUnaryRequest(
      '/area_calculator.Calculator/calculateOne',
      (v: Record<string, unknown>) => Buffer.from(shape.encode(shape.fromObject(v)).finish()),
      (b: Buffer) => areaResponse.toObject(areaResponse.decode(b)),
      request,
      new grpc.Metadata(),
      {},
      (error, value) => {
        client.close();
        if (error) fail(error);
        else ok(value);
      },
    );
  });
}

const contents = (request: Record<string, unknown>) =>
  JSON.stringify({
    'pact:proto': protoPath,
    'pact:proto-service': 'Calculator/calculateOne',
    'pact:content-type': 'application/protobuf',
    request,
    response: { value: ['matching(number, 12)'] },
  });

describe("pact-js's plugin API with the built-in protobuf plugin", () => {
  it('runs the test against a gRPC mock server and writes the plugin-shaped pact', async () => {
    const pact = new PactV4({ consumer: 'grpc-consumer-js', provider: 'area-calculator-provider', dir });
    const area = await pact
      .addSynchronousInteraction('A request to calculate the area of a rectangle')
      .given('the calculator is up')
      .usingPlugin({ plugin: 'protobuf', version: '0.3.15' })
      .withPluginContents(
        contents({ rectangle: { length: 'matching(number, 3)', width: 'matching(number, 4)' } }),
        'application/protobuf',
      )
      .startTransport('grpc', '127.0.0.1')
      .executeTest(async (tc) => calculateOne(`127.0.0.1:${tc.port}`, { rectangle: { length: 3, width: 4 } }));
    expect(area).toEqual({ value: [12] });
    const written = JSON.parse(readFileSync(join(dir, 'grpc-consumer-js-area-calculator-provider.json'), 'utf8'));
    expect(written.interactions[0]).toMatchObject({
      type: 'Synchronous/Messages',
      transport: 'grpc',
      providerStates: [{ name: 'the calculator is up' }],
      pluginConfiguration: {
        protobuf: { service: 'area_calculator.Calculator/calculateOne', expectations: { request: expect.any(Object) } },
      },
      response: [{ matchingRules: { body: { '$.value[0]': { combine: 'AND', matchers: [{ match: 'number' }] } } } }],
    });
    expect(written.metadata.plugins[0]).toMatchObject({ name: 'protobuf', version: '0.3.15' });
  });

  it('fails the test when the client sends what the pact does not describe', async () => {
    const pact = new PactV4({ consumer: 'grpc-consumer-js', provider: 'area-calculator-provider', dir });
    const run = pact
      .addSynchronousInteraction('A request to calculate the area of a square')
      .usingPlugin({ plugin: 'protobuf', version: '0.3.15' })
      .withPluginContents(
        contents({ square: { edge_length: "matching(regex, '^[0-9]$', '3')" } }),
        'application/protobuf',
      )
      .startTransport('grpc', '127.0.0.1')
      .executeTest(async (tc) =>
        calculateOne(`127.0.0.1:${tc.port}`, { circle: { radius: 1 } }).catch((e: Error) => e),
      );
    await expect(run).rejects.toThrow(/A request to calculate the area of a square[\s\S]*\$\.square/);
  });

  it('refuses plugins it does not have and bad contents, naming the interaction', () => {
    const pact = new PactV4({ consumer: 'c', provider: 'p', dir });
    expect(() => pact.addSynchronousInteraction('csv').usingPlugin({ plugin: 'csv', version: '0.0.1' })).toThrow(
      /Failed to use plugin "csv"/,
    );
    const withPlugin = pact
      .addSynchronousInteraction('no proto')
      .usingPlugin({ plugin: 'protobuf', version: '0.3.15' });
    expect(() => withPlugin.withPluginContents('{"request":{}}', 'application/protobuf')).toThrow(
      /Failed to read the plugin contents of interaction "no proto": it has no 'pact:proto'/,
    );
  });

  it('writes protobuf message pacts (pact:message-type) that a message provider is verified against', async () => {
    const rectangle = root.lookupType('area_calculator.Rectangle');
    const received = await new PactV4({ consumer: 'shape-listener', provider: 'shape-events', dir })
      .addAsynchronousInteraction()
      .given('a rectangle was drawn')
      .usingPlugin({ plugin: 'protobuf', version: '0.3.15' })
      .expectsToReceive('a rectangle event')
      .withPluginContents(
        JSON.stringify({
          'pact:proto': protoPath,
          'pact:message-type': 'Rectangle',
          'pact:content-type': 'application/protobuf',
          length: 'matching(number, 3)',
          width: 'matching(number, 4)',
        }),
        'application/protobuf',
      )
      .executeTest(async (m) => rectangle.toObject(rectangle.decode(m.contents.content as Buffer)));
    expect(received).toEqual({ length: 3, width: 4 });
    const file = join(dir, 'shape-listener-shape-events.json');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.interactions[0]).toMatchObject({
      type: 'Asynchronous/Messages',
      contents: { contentType: 'application/protobuf;message=.area_calculator.Rectangle', encoded: 'base64' },
      pluginConfiguration: { protobuf: { message: '.area_calculator.Rectangle' } },
      matchingRules: { body: { '$.length': { matchers: [{ match: 'number' }] } } },
    });
    const produce = (bytes: Buffer) => ({
      'a rectangle event': () => ({
        __pactMessageMetadata: { contentType: 'application/protobuf;message=.area_calculator.Rectangle' },
        message: bytes,
      }),
    });
    const good = Buffer.from(rectangle.encode({ length: 10, width: 2 }).finish());
    const report = await verifyProvider({
      pactUrls: [file],
      messageProviders: produce(good),
      stateHandlers: { 'a rectangle was drawn': () => undefined },
      reporters: [],
    });
    expect(report.summary).toMatchObject({ interactions: 1, passed: 1 });
    const bad = await verifyProvider({
      pactUrls: [file],
      messageProviders: produce(Buffer.from([0xff, 0xff])),
      reporters: [],
    }).catch((e) => e.details.report);
    expect(bad.pacts[0].interactions[0].mismatches[0].message).toMatch(
      /Expected the message to be a area_calculator.Rectangle message, but it does not decode as one/,
    );
  });

  it(
    "keeps HTTP and gRPC interactions of one pact together, with the plugin data, like the plugin's " +
      'http-plus-grpc example',
    async () => {
      const pact = new PactV4({ consumer: 'web', provider: 'area-calculator-provider', dir });
      await pact
        .addInteraction()
        .uponReceiving('a health check')
        .withRequest('GET', '/health')
        .willRespondWith(200, (b) => b.jsonBody({ ok: true }))
        .executeTest(async (server) => (await fetch(`${server.url}/health`)).json());
      await pact
        .addSynchronousInteraction('A request to calculate the area of a rectangle')
        .usingPlugin({ plugin: 'protobuf', version: '0.3.15' })
        .withPluginContents(
          contents({ rectangle: { length: 'matching(number, 3)', width: 'matching(number, 4)' } }),
          'application/protobuf',
        )
        .startTransport('grpc', '127.0.0.1')
        .executeTest(async (tc) => calculateOne(`127.0.0.1:${tc.port}`, { rectangle: { length: 3, width: 4 } }));
      flushPacts();
      const written = JSON.parse(readFileSync(join(dir, 'web-area-calculator-provider.json'), 'utf8'));
      expect(written.interactions.map((i: { type: string }) => i.type).sort()).toEqual([
        'Synchronous/HTTP',
        'Synchronous/Messages',
      ]);
      expect(written.metadata.plugins[0].name).toBe('protobuf');
    },
  );
});
