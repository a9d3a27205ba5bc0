// Run as a child process: `node --import tsx pact-js-verify.ts <provider> <pact files...>`
// (TREATY_BROKEN_PROVIDER=1 for a broken provider). A separate process keeps the Rust verifier's
// threads and output out of Jest, and works whichever pact-js version Jest could load.
import { Verifier } from '@pact-foundation/pact';

type VerifierOptions = ConstructorParameters<typeof Verifier>[0];
import { startTestProvider } from './orders-provider';

async function main(): Promise<void> {
  const [provider, ...pactUrls] = process.argv.slice(2);
  const running = await startTestProvider({ broken: process.env.TREATY_BROKEN_PROVIDER === '1' });
  try {
    const output = await new Verifier({
      provider,
      providerBaseUrl: running.url,
      pactUrls,
      // Our handlers take plain objects; pact-js types its parameters as its own JSON types.
      stateHandlers: running.stateHandlers as unknown as VerifierOptions['stateHandlers'],
      messageProviders: running.messageProviders,
      logLevel: 'error',
    }).verifyProvider();
    process.stdout.write(`\nRESULT ${JSON.stringify({ ok: true, output: JSON.parse(String(output)) })}\n`);
  } catch (error) {
    // A failed verification rejects with the verifier's JSON output as the message.
    const message = (error as Error).message;
    let output: unknown;
    try {
      output = JSON.parse(message);
    } catch {
      output = undefined;
    }
    process.stdout.write(`\nRESULT ${JSON.stringify({ ok: false, error: message, output })}\n`);
  } finally {
    await running.close();
  }
}

void main();
