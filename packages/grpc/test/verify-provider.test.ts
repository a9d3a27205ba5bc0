import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializePact, type Pact } from '@treaty/core';
import { buildGrpcInteraction, parseProto } from '@treaty/grpc';
import { verifyProvider, type VerificationReport, type VerifierOptions } from '@treaty/provider';
import { fixtureFile, fixtureProto, readFixture, startAreaCalculator, type Behaviour } from './support/area-calculator';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'treaty-grpc-verify-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

async function verify(pactFile: string, behaviour: Behaviour = 'correct', extra: Partial<VerifierOptions> = {}) {
  const provider = await startAreaCalculator(behaviour);
  let text = '';
  const options: VerifierOptions = {
    pactUrls: [pactFile],
    transports: [{ protocol: 'grpc', port: provider.port }],
    output: { write: (t: string) => (text += t) },
    ...extra,
  };
  try {
    const report = await verifyProvider(options).catch((error: { details?: { report?: VerificationReport } }) => {
      if (error.details?.report) return error.details.report;
      throw error;
    });
    return { report, text, provider };
  } finally {
    await provider.close();
  }
}

describe('verifyProvider with gRPC transports', () => {
  it('verifies the pact-jvm fixture against a real gRPC provider', async () => {
    const { report, provider } = await verify(fixtureFile);
    expect(report.success).toBe(true);
    expect(report.summary).toMatchObject({ interactions: 1, passed: 1, failed: 0 });
    expect(report.pacts[0].interactions[0].exchange).toEqual({
      method: 'gRPC',
      path: '/area_calculator.Calculator/calculateOne',
    });
    expect(provider.calls()).toBe(1);
  });

  it('fails against a broken provider with a readable report', async () => {
    const { report, text } = await verify(fixtureFile, 'wrong-value-type');
    expect(report.success).toBe(false);
    expect(report.pacts[0].interactions[0].mismatches[0]).toMatchObject({
      path: '$.value',
      expected: [12],
      actual: [],
    });
    expect(text).toContain('calculate rectangle area request');
    expect(text).toContain('$.value');
    expect(text).toContain('Expected 1 item but received 0');
  });

  it(
    'runs provider states, feeds their values to the request generators, ' +
      'and sends the request filter headers as gRPC metadata',
    async () => {
      const descriptors = parseProto(fixtureProto(), 'area_calculator.proto');
      const { interaction, plugin } = buildGrpcInteraction({
        description: 'a square with a tenant',
        descriptors,
        service: 'Calculator/calculateOne',
        providerStates: [{ name: 'the calculator is up', params: { units: 'cm' } }],
        request: { square: { edge_length: "fromProviderState('${side}', 3)" } },
        requestMetadata: { 'x-tenant': 'acme' },
        response: { value: 'matching(number, 9)' },
      });
      const pact: Pact = {
        consumer: { name: 'c' },
        provider: { name: 'p' },
        interactions: [interaction],
        metadata: { plugins: [plugin] },
        specVersion: 'V4',
      };
      const states: unknown[] = [];
      const { report, provider } = await verify(
        writeJson('states.json', serializePact(pact, { specVersion: 'V4' })),
        'correct',
        {
          stateHandlers: {
            'the calculator is up': (params) => {
              states.push(params);
              return { side: 5 };
            },
          },
          requestFilter: (req, _res, next) => {
            req.headers.authorization = 'Bearer token-1';
            next();
          },
        },
      );
      expect(report.success).toBe(true);
      expect(states).toEqual([{ units: 'cm' }]);
      expect(provider.metadata()[0]).toMatchObject({ authorization: 'Bearer token-1', 'x-tenant': 'acme' });
      expect(provider.requests()).toEqual([{ square: { edge_length: 5 } }]);
    },
  );

  it("verifies a pact mixing HTTP and gRPC interactions against both of the provider's ports", async () => {
    const pact = readFixture() as { interactions: unknown[] };
    pact.interactions.push({
      type: 'Synchronous/HTTP',
      description: 'a health check',
      providerStates: [],
      request: { method: 'GET', path: '/health' },
      response: { status: 200, body: { content: { ok: true }, contentType: 'application/json' } },
    });
    const http = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    );
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const { report } = await verify(writeJson('mixed.json', pact), 'correct', {
        providerBaseUrl: `http://127.0.0.1:${port}`,
      });
      expect(report.summary).toMatchObject({ interactions: 2, passed: 2 });
      expect(report.pacts[0].interactions.map((i) => i.exchange?.method).sort()).toEqual(['GET', 'gRPC']);
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });

  it('says what is wrong with a grpc transport without a port', async () => {
    await expect(
      verifyProvider({ pactUrls: [fixtureFile], transports: [{ protocol: 'grpc', port: Number('x') }], reporters: [] }),
    ).rejects.toThrow(/the grpc transport's port NaN is not a port number/);
  });

  it('says which option is missing when the pact has gRPC interactions and no grpc transport', async () => {
    await expect(verifyProvider({ pactUrls: [fixtureFile], output: { write: () => true } })).rejects.toThrow(
      /the pacts have gRPC interactions but transports has no grpc entry.*--transports grpc:<port>/,
    );
  });
});

describe('bad gRPC input gives clear errors naming the interaction', () => {
  function fixtureWith(edit: (pact: { interactions: Array<Record<string, any>>; metadata: any }) => void): string {
    const pact = readFixture() as { interactions: Array<Record<string, any>>; metadata: any };
    edit(pact);
    return writeJson(`bad-${Math.random().toString(36).slice(2)}.json`, pact);
  }

  it('a pact whose descriptors do not decode', async () => {
    const file = fixtureWith((p) => {
      const [config] = Object.values(p.metadata.plugins[0].configuration) as Array<{ protoDescriptors: string }>;
      config.protoDescriptors = Buffer.from('not a descriptor set at all').toString('base64');
    });
    const { report, text } = await verify(file);
    const result = report.pacts[0].interactions[0];
    expect(result.success).toBe(false);
    expect(result.error).toMatch(
      new RegExp(
        /Failed to load the protobuf descriptors of interaction "calculate rectangle area request": .+ /.source +
          /Regenerate the pact/.source,
      ),
    );
    expect(text).toContain('calculate rectangle area request');
  });

  it('a gRPC interaction without the plugin data', async () => {
    const file = fixtureWith((p) => delete p.interactions[0].pluginConfiguration);
    const { report } = await verify(file);
    expect(report.pacts[0].interactions[0].error).toMatch(
      new RegExp(
        /Failed to read gRPC interaction "calculate rectangle area request": it has no /.source +
          /pluginConfiguration.protobuf.descriptorKey\. Regenerate the pact/.source,
      ),
    );
  });

  it('a method missing from the descriptors', async () => {
    const file = fixtureWith(
      (p) => (p.interactions[0].pluginConfiguration.protobuf.service = 'Calculator/calculateMany'),
    );
    const { report } = await verify(file);
    expect(report.pacts[0].interactions[0].error).toMatch(
      new RegExp(
        /Failed to find gRPC method Calculator\/calculateMany for interaction "calculate rectangle /.source +
          /area request": service area_calculator.Calculator has no method calculateMany \(known: /.source +
          /area_calculator.Calculator\/calculateOne, area_calculator.Calculator\/calculateMulti\)/.source,
      ),
    );
  });

  it('a method missing from the provider', async () => {
    const file = fixtureWith((p) => {
      p.interactions[0].pluginConfiguration.protobuf.service = 'Calculator/calculateMulti';
      p.interactions[0].request.contents.content = '';
    });
    const { report } = await verify(file);
    expect(report.pacts[0].interactions[0].mismatches).toEqual([
      expect.objectContaining({
        type: 'status',
        expected: 'OK',
        actual: 'UNIMPLEMENTED',
        message: expect.stringMatching(/^Expected gRPC status OK but the provider answered UNIMPLEMENTED/),
      }),
    ]);
  });

  it('a provider answering with another message type', async () => {
    const { report, text } = await verify(fixtureFile, 'wrong-message');
    expect(report.pacts[0].interactions[0].mismatches[0]).toMatchObject({
      type: 'bodyType',
      expected: 'area_calculator.AreaResponse',
    });
    expect(text).toContain('does not decode as one');
  });
});
