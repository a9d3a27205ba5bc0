import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Every public entry point, with exports a user reaches for first (all functions or classes but the matcher
// namespaces).
const namespaces = new Set(['MatchersV3']);
const entries: Record<string, string[]> = {
  '@treaty/core': ['parsePact', 'matchRequest', 'formatMismatches'],
  '@treaty/openapi': ['loadOpenApi', 'checkPactAgainstOpenApi'],
  '@treaty/openapi/asyncapi': ['loadAsyncApi', 'checkPactAgainstAsyncApi'],
  '@treaty/openapi/contract': ['loadContract', 'checkPactAgainstContract'],
  '@treaty/consumer': ['PactV4', 'PactV3', 'MatchersV3', 'MessageConsumerPact'],
  '@treaty/consumer/msw': ['pactToHandlers', 'recordPact'],
  '@treaty/provider': ['verifyProvider', 'Verifier'],
  '@treaty/pact': ['Pact', 'PactV3', 'MatchersV3', 'Verifier', 'providerWithMetadata'],
  '@treaty/broker': ['buildBroker', 'startBroker'],
  '@treaty/cli': ['runCli'],
  '@treaty/grpc': ['parseProto', 'startGrpcMockServer', 'GrpcProviderClient', 'buildGrpcInteraction'],
  '@treaty/broker-client': ['BrokerClient', 'expandTemplate'],
  '@treaty/broker-ui': ['clientDir'],
};

const repoRoot = resolve(__dirname, '..');
// Inside the repo, so that the packages resolve by name as they do for users' code.
const dir = mkdtempSync(join(repoRoot, 'test', '.tmp-packaging-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runNode(fileName: string, source: string): unknown {
  const file = join(dir, fileName);
  writeFileSync(file, source);
  const result = spawnSync(process.execPath, [file], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`node ${fileName} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

const typesOf = (names: string[]) => `JSON.stringify(${JSON.stringify(names)}.map((n) => typeof mod[n]))`;
const expectedTypes = (names: string[]) => names.map((n) => (namespaces.has(n) ? 'object' : 'function'));

describe.each(Object.entries(entries))('%s loads with no transform or flag', (entry, names) => {
  const safe = entry.replace(/\W+/g, '-');

  it('from CommonJS require', () => {
    const types = runNode(`${safe}.cjs`, `const mod = require('${entry}');\nconsole.log(${typesOf(names)});`);
    expect(types).toEqual(expectedTypes(names));
  });

  it('from an ESM import with named exports', () => {
    const source =
      `import { ${names.join(', ')} } from '${entry}';\nconst mod = { ${names.join(', ')} ` +
      `};\nconsole.log(${typesOf(names)});`;
    expect(runNode(`${safe}.mjs`, source)).toEqual(expectedTypes(names));
  });
});
