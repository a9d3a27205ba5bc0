import { createServer, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Json } from './support/broker';
import { startBroker, type RunningBroker } from '@treaty/broker';

jest.setTimeout(90_000);

/** Run the official pact-js in a child process (see support/pact-js-child.cjs); resolves with its stdout. */
function pactJs(input: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(__dirname, 'support', 'pact-js-child.cjs'), JSON.stringify(input)],
      { timeout: 60_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`pact-js failed: ${stderr || error.message}`)) : resolve(String(stdout)),
    );
  });
}

/** Generate a Web→Orders pact with the official PactV3 DSL. */
async function generatePact(dir: string, description: string, path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await pactJs({ action: 'generate', dir, description, path }));
}

function startProvider(): Promise<Server> {
  const server = createServer((request, response) => {
    const known = request.url === '/orders/1' || request.url === '/orders/2';
    response.writeHead(known ? 200 : 404, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(known ? { id: 1 } : { error: 'not found' }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('@pact-foundation/pact Verifier against the broker', () => {
  let dir: string;
  let broker: RunningBroker;
  let provider: Server;

  const publish = async (version: string, branch: string, pact: Record<string, unknown>) => {
    const response = await fetch(`${broker.url}/contracts/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        pacticipantName: 'Web',
        pacticipantVersionNumber: version,
        branch,
        contracts: [
          {
            consumerName: 'Web',
            providerName: 'Orders',
            specification: 'pact',
            contentType: 'application/json',
            content: Buffer.from(JSON.stringify(pact)).toString('base64'),
          },
        ],
      }),
    });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'treaty-verifier-'));
    broker = await startBroker({ port: 0, database: join(dir, 'broker.db') });
    provider = await startProvider();
    await publish('1.0.0', 'main', await generatePact(join(dir, 'main'), 'get order 1', '/orders/1'));
    await publish('1.1.0', 'feat-x', await generatePact(join(dir, 'feat'), 'get order 2', '/orders/2'));
    // A work-in-progress pact the provider does not satisfy yet: pending, so it must not fail the verification run.
    await publish('1.2.0', 'feat-y', await generatePact(join(dir, 'broken'), 'get order 3', '/orders/3'));
  });
  afterAll(async () => {
    await new Promise((resolve) => provider.close(resolve));
    await broker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies selected and WIP pacts, publishes results, and the matrix shows them', async () => {
    const port = (provider.address() as AddressInfo).port;
    const out = await pactJs({
      action: 'verify',
      options: {
        provider: 'Orders',
        providerBaseUrl: `http://127.0.0.1:${port}`,
        pactBrokerUrl: broker.url,
        providerVersion: '2.0.0',
        providerVersionBranch: 'main',
        consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }],
        enablePending: true,
        includeWipPactsSince: '2020-01-01',
        publishVerificationResult: true,
      },
    });
    expect(out).toContain('VERIFIED');

    const matrix: Json = await (
      await fetch(`${broker.url}/matrix?q[][pacticipant]=Web&q[][pacticipant]=Orders&q[][version]=2.0.0`)
    ).json();
    const rows = matrix.matrix.map((row: Json) => [
      row.consumer.version.number,
      row.provider.version?.number,
      row.verificationResult?.success,
    ]);
    // 1.1.0 and 1.2.0 are on feature branches no selector names: they were verified as WIP pacts; 1.2.0 failed but was
    // pending.
    expect(rows).toEqual([
      ['1.2.0', '2.0.0', false],
      ['1.1.0', '2.0.0', true],
      ['1.0.0', '2.0.0', true],
    ]);
    const canIDeploy: Json = await (
      await fetch(`${broker.url}/can-i-deploy?pacticipant=Web&version=1.0.0&to=prod`)
    ).json();
    expect(canIDeploy.summary).toMatchObject({ success: 0, unknown: 1 });
    const providerVersion: Json = await (await fetch(`${broker.url}/pacticipants/Orders/versions/2.0.0`)).json();
    expect(providerVersion._embedded.branchVersions.map((b: Json) => b.name)).toEqual(['main']);
  });
});
