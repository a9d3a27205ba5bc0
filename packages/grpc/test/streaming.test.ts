import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GrpcPact, grpcInteraction, loadProtoFile } from '@treaty/grpc';
import { verifyProvider } from '@treaty/provider';
import { ROUTES_PROTO, routesClient, startRoutesServer } from './support/routes-server';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'treaty-grpc-streams-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const proto = loadProtoFile(ROUTES_PROTO);
const place = (name: string, visitors: number) => ({
  name: `matching(type, '${name}')`,
  location: { latitude: 'matching(integer, 40)', longitude: 'matching(integer, -73)' },
  kind: 'PARK',
  labels: { 'pact:match': "eachKey(matching(regex, '^\\d+$', '1')), eachValue(matching(type, 'green'))" },
  entrances: [{ latitude: 'matching(integer, 1)', longitude: 'matching(integer, 2)' }],
  visitors: `matching(integer, ${visitors})`,
  rating: 'matching(number, 4.5)',
});

const interactions = () => [
  grpcInteraction({
    description: 'a place at a point',
    proto,
    service: 'Routes/GetPoint',
    request: { latitude: 40, longitude: -73 },
    response: place('Central Park', 42),
    responseMetadata: { 'x-region': "matching(regex, '^[a-z]{2}-\\d$', 'eu-1')" },
  }),
  grpcInteraction({
    description: 'the places in an area',
    proto,
    service: 'Routes/ListPlaces',
    request: { low: { latitude: 'matching(integer, 0)' }, high: { latitude: 'matching(integer, 50)' } },
    response: [place('Central Park', 42), place('Bryant Park', 7)],
  }),
  grpcInteraction({
    description: 'a recorded route',
    proto,
    service: 'Routes/RecordRoute',
    request: { latitude: 'matching(integer, 1)', longitude: 'matching(integer, 2)' },
    response: { point_count: 'matching(integer, 3)' },
  }),
  grpcInteraction({
    description: 'a chat',
    proto,
    service: 'Routes/Chat',
    request: { text: "matching(type, 'hi')" },
    response: { text: "matching(regex, '^echo: .+', 'echo: hi')" },
  }),
];

describe('every kind of gRPC call', () => {
  it(
    'the mock server answers unary, server-streaming, ' + 'client-streaming and bidirectional calls from the pact',
    async () => {
      const pact = new GrpcPact({ consumer: 'map-app', provider: 'routes', dir });
      for (const i of interactions()) pact.addInteraction(i);
      const answers = await pact.executeTest(async (mock) => {
        const client = routesClient(mock.address);
        try {
          return {
            point: await client.getPoint({ latitude: 40, longitude: -73 }),
            places: await client.listPlaces({ low: { latitude: 1 }, high: { latitude: 9 } }),
            summary: await client.recordRoute([
              { latitude: 5, longitude: 6 },
              { latitude: 7, longitude: 8 },
            ]),
            notes: await client.chat([{ text: 'hello' }, { text: 'there' }]),
          };
        } finally {
          client.close();
        }
      });
      expect(answers.point).toMatchObject({
        name: 'Central Park',
        kind: 'PARK',
        labels: { '1': 'green' },
        entrances: [{ latitude: 1, longitude: 2 }],
        visitors: 42,
        rating: 4.5,
      });
      expect(answers.places.map((p) => p.name)).toEqual(['Central Park', 'Bryant Park']);
      expect(answers.summary).toEqual({ point_count: 3 });
      expect(answers.notes).toEqual([{ text: 'echo: hi' }, { text: 'echo: hi' }]);
      const written = JSON.parse(readFileSync(join(dir, 'map-app-routes.json'), 'utf8'));
      expect(
        written.interactions.find((i: any) => i.description === 'a place at a point').response[0].matchingRules.body[
          '$.labels'
        ],
      ).toEqual({
        combine: 'AND',
        matchers: [
          { match: 'eachKey', rules: [{ match: 'regex', regex: '^\\d+$' }], value: '1' },
          { match: 'eachValue', rules: [{ match: 'type' }], value: 'green' },
        ],
      });
    },
  );

  it('the provider verification replays each kind of call against a real server', async () => {
    const server = await startRoutesServer();
    try {
      const report = await verifyProvider({
        pactUrls: [join(dir, 'map-app-routes.json')],
        transports: [{ protocol: 'grpc', port: server.port }],
        reporters: [],
      });
      expect(report.summary).toMatchObject({ interactions: 4, passed: 4, failed: 0 });
    } finally {
      await server.close();
    }
  });

  it('a client that streams a point off the route fails the test, naming the field', async () => {
    const pact = new GrpcPact({ consumer: 'map-app', provider: 'routes-strict', dir }).addInteraction(
      grpcInteraction({
        description: 'a route of small points',
        proto,
        service: 'Routes/RecordRoute',
        request: { latitude: "matching(regex, '^\\d$', '1')" },
        response: { point_count: 1 },
      }),
    );
    const run = pact.executeTest(async (mock) => {
      const client = routesClient(mock.address);
      try {
        return await client.recordRoute([{ latitude: 1 }, { latitude: 12 }]).catch((e: Error) => e);
      } finally {
        client.close();
      }
    });
    await expect(run).rejects.toThrow(/\$\.latitude[\s\S]*Expected '12' to match/);
  });

  it('a server answering a stream with too few messages fails verification', async () => {
    const pact = new GrpcPact({ consumer: 'map-app', provider: 'routes-three', dir }).addInteraction(
      grpcInteraction({
        description: 'three places',
        proto,
        service: 'Routes/ListPlaces',
        request: {},
        response: [place('a', 1), place('b', 2), place('c', 3)],
      }),
    );
    await pact.executeTest(async (mock) => {
      const client = routesClient(mock.address);
      await client.listPlaces({});
      client.close();
    });
    const server = await startRoutesServer();
    try {
      const report = await verifyProvider({
        pactUrls: [join(dir, 'map-app-routes-three.json')],
        transports: [{ protocol: 'grpc', port: server.port }],
        reporters: [],
      }).catch((e) => e.details.report);
      expect(report.pacts[0].interactions[0].mismatches).toEqual([
        expect.objectContaining({ message: 'Expected 3 response message(s) but the provider sent 2' }),
      ]);
    } finally {
      await server.close();
    }
  });

  it('a server sending other response metadata fails verification, naming the key', async () => {
    const pact = new GrpcPact({ consumer: 'map-app', provider: 'routes-us', dir }).addInteraction(
      grpcInteraction({
        description: 'a US place',
        proto,
        service: 'Routes/GetPoint',
        request: {},
        responseMetadata: { 'x-region': 'us-1' },
      }),
    );
    await pact.executeTest(async (mock) => {
      const client = routesClient(mock.address);
      await client.getPoint({});
      client.close();
    });
    const server = await startRoutesServer();
    try {
      const report = await verifyProvider({
        pactUrls: [join(dir, 'map-app-routes-us.json')],
        transports: [{ protocol: 'grpc', port: server.port }],
        reporters: [],
      }).catch((e) => e.details.report);
      expect(report.pacts[0].interactions[0].mismatches).toEqual([
        expect.objectContaining({ type: 'metadata', path: 'x-region', expected: 'us-1', actual: 'eu-1' }),
      ]);
    } finally {
      await server.close();
    }
  });

  it(
    'server-streaming and bidirectional calls that do not ' + 'match end with FAILED_PRECONDITION naming the field',
    async () => {
      const pact = new GrpcPact({ consumer: 'map-app', provider: 'routes-mismatch', dir })
        .addInteraction(
          grpcInteraction({
            description: 'places near 1',
            proto,
            service: 'Routes/ListPlaces',
            request: { low: { latitude: 1 } },
            response: [{ name: 'a' }],
          }),
        )
        .addInteraction(
          grpcInteraction({
            description: 'a greeting',
            proto,
            service: 'Routes/Chat',
            request: { text: 'hi' },
            response: { text: 'yo' },
          }),
        );
      const run = pact.executeTest(async (mock) => {
        const client = routesClient(mock.address);
        try {
          const listed = await client
            .listPlaces({ low: { latitude: 7 } })
            .catch((e: { code: number; details: string }) => e);
          const chatted = await client
            .chat([{ text: 'hi' }, { text: 'nope' }])
            .catch((e: { code: number; details: string }) => e);
          expect(listed).toMatchObject({ code: 9, details: expect.stringContaining('$.low.latitude') });
          expect(chatted).toMatchObject({
            code: 9,
            details: expect.stringContaining("$.text: Expected 'hi' but received 'nope'"),
          });
        } finally {
          client.close();
        }
      });
      await expect(run).rejects.toThrow(/2 call\(s\) did not match/);
    },
  );
});
