// Runs @pact-foundation/pact in a plain Node process: Jest's module runtime cannot load its ESM-only
// dependencies (https-proxy-agent), while Node 20's require(esm) can.
// Usage: node pact-js-child.cjs '<json>' with { action: 'generate', dir, description, path } or { action: 'verify',
// options }.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { MatchersV3, PactV3, Verifier } = require('@pact-foundation/pact');

async function generate({ dir, description, path }) {
  const pact = new PactV3({ consumer: 'Web', provider: 'Orders', dir, logLevel: 'error' });
  pact
    .given('an order exists')
    .uponReceiving(description)
    .withRequest({ method: 'GET', path })
    .willRespondWith({
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: { id: MatchersV3.integer(1) },
    });
  await pact.executeTest(async (mock) => {
    await fetch(`${mock.url}${path}`);
  });
  const file = readdirSync(dir).find((name) => name.endsWith('.json'));
  process.stdout.write(readFileSync(join(dir, file), 'utf8'));
}

async function verify({ options }) {
  await new Verifier({
    ...options,
    stateHandlers: { 'an order exists': async () => undefined },
    logLevel: 'error',
  }).verifyProvider();
  process.stdout.write('VERIFIED');
}

const input = JSON.parse(process.argv[2]);
(input.action === 'generate' ? generate(input) : verify(input)).catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
