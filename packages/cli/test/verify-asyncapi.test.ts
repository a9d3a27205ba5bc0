import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTreaty } from './support/run-treaty';

jest.setTimeout(30_000);

const asyncapi =
  `asyncapi: 2.6.0
info: { title: things, version: '1' }
channels:
  things:
    publish:
      operationId: publishThings
      message: { contentType: application/json, payload: { type: object, required: [id, name], ` +
  `properties: { id: { type: integer }, name: { type: string } } } }
`;

const pact = {
  consumer: { name: 'worker' },
  provider: { name: 'things' },
  messages: [
    {
      description: 'a thing was made',
      providerStates: [],
      contents: { id: 3 },
      matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }] } } },
    },
  ],
  metadata: { pactSpecification: { version: '3.0.0' } },
};

let dir: string;
let server: Server;
let produced: Record<string, unknown> = {};
let url = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'treaty-cli-asyncapi-'));
  writeFileSync(join(dir, 'asyncapi.yaml'), asyncapi);
  writeFileSync(join(dir, 'pact.json'), JSON.stringify(pact));
  // The Pact message proxy protocol: POST { description, providerStates } answers with the message.
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () =>
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(produced)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const verify = () =>
  runTreaty([
    'verify',
    '--provider',
    'things',
    '--messages-url',
    url,
    '--asyncapi',
    join(dir, 'asyncapi.yaml'),
    join(dir, 'pact.json'),
  ]);

describe('treaty verify --asyncapi', () => {
  it('passes a produced message that fits the pact and the AsyncAPI document', async () => {
    produced = { id: 9, name: 'nine' };
    const run = await verify();
    expect(run.stderr).not.toContain('Failed');
    expect(run.code).toBe(0);
  });

  it('fails a produced message that fits the pact but not the document, naming the field', async () => {
    produced = { id: 9 };
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("must have required property 'name'");
  });
});
