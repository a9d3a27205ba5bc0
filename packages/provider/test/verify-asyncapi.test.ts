import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyProvider, type VerificationReport } from '@treaty/provider';
import { TextSink } from './support/text-sink';

const asyncapi =
  `asyncapi: 3.0.0
info: { title: things, version: '1' }
channels:
  things: { address: things, messages: { thingMade: { contentType: application/json, payload: { type: ` +
  `object, required: [id, name], properties: { id: { type: integer }, name: { type: string } } } } } }
operations:
  publishThings: { action: send, channel: { $ref: '#/channels/things' }, messages: [{ $ref: ` +
  `'#/channels/things/messages/thingMade' }] }
`;

const pact = {
  consumer: { name: 'worker' },
  provider: { name: 'things' },
  interactions: [
    {
      type: 'Asynchronous/Messages',
      description: 'a thing was made',
      providerStates: [],
      pending: false,
      comments: { references: { AsyncAPI: { operationId: 'publishThings' } } },
      contents: { content: { id: 3 }, contentType: 'application/json', encoded: false },
      matchingRules: { body: { '$.id': { combine: 'AND', matchers: [{ match: 'integer' }] } } },
    },
  ],
  metadata: { pactSpecification: { version: '4.0' } },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'treaty-asyncapi-'));
  writeFileSync(join(dir, 'asyncapi.yaml'), asyncapi);
  writeFileSync(join(dir, 'pact.json'), JSON.stringify(pact));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verify = (produced: Record<string, unknown>) =>
  verifyProvider({
    provider: 'things',
    pactUrls: [join(dir, 'pact.json')],
    asyncapi: join(dir, 'asyncapi.yaml'),
    output: new TextSink(),
    messageProviders: { 'a thing was made': () => produced },
  });

describe('verification with an AsyncAPI document (asyncapi option)', () => {
  it('passes when the produced message matches the pact and fits the document', async () => {
    await expect(verify({ id: 9, name: 'nine' })).resolves.toMatchObject({ success: true });
  });

  it('fails when the produced message matches the pact but breaks the document, and says where', async () => {
    const error = (await verify({ id: 9 }).catch((e: unknown) => e)) as { details: { report: VerificationReport } };
    const result = error.details.report.pacts[0].interactions[0];
    expect(result.mismatches).toEqual([]);
    expect(result.openapi).toEqual([
      expect.objectContaining({
        code: 'message.payload.incompatible',
        message: "contents must have required property 'name'",
      }),
    ]);
    expect(result.formatted).toContain("contents must have required property 'name'");
  });
});
