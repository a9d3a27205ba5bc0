import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyProvider } from '@treaty/provider';
import { TextSink } from './support/text-sink';
import { startThingsServer } from './support/things-server';

let dir: string;
let server: Awaited<ReturnType<typeof startThingsServer>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'treaty-rule-paths-'));
  server = await startThingsServer();
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a matching rule whose path is not a JSON path', () => {
  it("is named in the report's warnings, with the pact, interaction and rule, and verification goes on", async () => {
    const file = join(dir, 'web-things.json');
    writeFileSync(
      file,
      JSON.stringify({
        consumer: { name: 'web' },
        provider: { name: 'things' },
        metadata: { pactSpecification: { version: '3.0.0' } },
        interactions: [
          {
            description: 'a missing thing',
            request: { method: 'GET', path: '/nothing' },
            response: { status: 404, matchingRules: { body: { '$.name[': { matchers: [{ match: 'type' }] } } } },
          },
        ],
      }),
    );
    const report = await verifyProvider({
      provider: 'things',
      providerBaseUrl: server.url,
      pactUrls: [file],
      output: new TextSink(),
    });
    expect(report.success).toBe(true);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: Failed to read the matching rule path "\\$\\.name\\[" ` +
            'in interaction "a missing thing" \\(response body\\)',
        ),
      ),
    ]);
  });
});
