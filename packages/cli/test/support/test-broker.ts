import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBroker, type StartBrokerOptions } from '@treaty/broker';

/** A real broker on port 0 with a temporary SQLite file. */
export interface TestBroker {
  url: string;
  close(): Promise<void>;
}

/** Start a broker for one test file (with extra `options`); `close` also removes its database. */
export async function startTestBroker(options: Partial<StartBrokerOptions> = {}): Promise<TestBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-cli-broker-'));
  const broker = await startBroker({ ...options, port: 0, database: join(dir, 'broker.db') });
  return {
    url: broker.url,
    close: async () => {
      await broker.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Publish a verification result for the latest pact between two pacticipants, as a verifier would. */
export async function publishVerification(
  brokerUrl: string,
  options: { consumer: string; consumerVersion: string; provider: string; providerVersion: string; success: boolean },
): Promise<void> {
  const pactUrl =
    `${brokerUrl}/pacts/provider/${options.provider}/consumer/${options.consumer}/` +
    `version/${options.consumerVersion}`;
  const pact = (await (await fetch(pactUrl, { headers: { accept: 'application/hal+json' } })).json()) as {
    _links: Record<string, { href: string }>;
  };
  const href = pact._links['pb:publish-verification-results'].href;
  const response = await fetch(href, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      success: options.success,
      providerApplicationVersion: options.providerVersion,
      verifiedBy: { implementation: 'test', version: '1' },
    }),
  });
  if (!response.ok) throw new Error(`publishing the verification failed: ${response.status} ${await response.text()}`);
}
