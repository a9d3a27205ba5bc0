// Run as a child process (`node --import tsx pact-js-verify.ts <provider> <pact files...>`): pact-js's
// Verifier loads an ESM-only proxy dependency that Jest's CommonJS runtime cannot require.
import { Verifier } from '@pact-foundation/pact';
import { startTestProvider } from './orders-provider';

async function main(): Promise<void> {
  const [provider, ...pactUrls] = process.argv.slice(2);
  const running = await startTestProvider();
  try {
    const output = await new Verifier({
      provider,
      providerBaseUrl: running.url,
      pactUrls,
      stateHandlers: running.stateHandlers,
      messageProviders: running.messageProviders,
      logLevel: 'error',
    }).verifyProvider();
    process.stdout.write(`\nRESULT ${JSON.stringify({ ok: true, output: JSON.parse(String(output)) })}\n`);
  } catch (error) {
    process.stdout.write(`\nRESULT ${JSON.stringify({ ok: false, error: (error as Error).message })}\n`);
  } finally {
    await running.close();
  }
}

void main();
