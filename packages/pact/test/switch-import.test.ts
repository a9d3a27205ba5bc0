import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pactJsModule from '@pact-foundation/pact';
import { Verifier as TreatyVerifier } from '@treaty/provider';
import * as treatyPact from '@treaty/pact';
import { runOrdersContract, type PactModule } from './helpers/orders-contract';
import { startTestProvider, type TestProvider } from './helpers/orders-provider';
import { verifyWithPactJs } from './helpers/verify-with-pact-js';

// The same consumer test body, with its import switched between pact-js and Treaty (the module objects
// are what `import * as pact from '...'` gives a test file).
const pactJs = pactJsModule as unknown as PactModule;
const modules: [string, PactModule][] = [
  ['@pact-foundation/pact', pactJs],
  ['@treaty/pact', treatyPact],
];

describe('one consumer test file, import switched between @pact-foundation/pact and @treaty/pact', () => {
  const dirs: Record<string, string> = {};
  let provider: TestProvider;
  beforeAll(async () => {
    provider = await startTestProvider();
    for (const [name] of modules) dirs[name] = mkdtempSync(path.join(tmpdir(), 'treaty-switch-'));
  });
  afterAll(async () => {
    await provider.close();
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  });

  const pactFile = (name: string) => path.join(dirs[name], 'switch-web-switch-api.json');

  it.each(modules)(
    'runs the consumer test with %s',
    async (name, mod) => {
      await runOrdersContract(mod, { dir: dirs[name] });
      treatyPact.flushPacts();
      const written = JSON.parse(readFileSync(pactFile(name), 'utf8'));
      expect(written.interactions.map((i: { description: string }) => i.description).sort()).toEqual([
        'a request for a missing order',
        'a request for order 42',
        'a request to create an order',
        'an order-created event',
      ]);
    },
    30_000,
  );

  it("verifies Treaty's pact with pact-js's Verifier", async () => {
    const verification = await verifyWithPactJs('switch-api', [pactFile('@treaty/pact')]);
    expect(verification.error).toBeUndefined();
    expect(verification).toMatchObject({ ok: true, output: { result: true } });
    expect(verification.output?.interactionResults.map((r) => r.result)).toEqual(['OK', 'OK', 'OK', 'OK']);
  }, 30_000);

  it("verifies pact-js's pact with Treaty's Verifier", async () => {
    const report = await new TreatyVerifier({
      provider: 'switch-api',
      providerBaseUrl: provider.url,
      pactUrls: [pactFile('@pact-foundation/pact')],
      stateHandlers: provider.stateHandlers,
      messageProviders: provider.messageProviders,
    }).verifyProvider();
    expect(report).toMatchObject({ success: true, summary: { interactions: 4, passed: 4, failed: 0 } });
  }, 30_000);
});
