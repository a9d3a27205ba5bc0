import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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

// Resolvers without package `exports` (Jest 27, as in react-scripts 5; webpack 4) look a subpath up as a file or a
// folder in the package. @treaty/provider loads @treaty/openapi/asyncapi, so without a folder there every
// @treaty/pact test under create-react-app failed to load.
interface Manifest {
  name: string;
  files?: string[];
  exports?: Record<string, string | { default: string }>;
  workspaces?: string[];
}
const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

// @treaty/pact's deep paths (pact-js's src/...) are mostly the `./src/*` pattern, which no file lookup can follow.
const WITHOUT_FALLBACK = new Set(['@treaty/pact']);

function namedSubpaths(): Array<[string, string, string]> {
  const dirs = (readManifest(repoRoot).workspaces ?? []).filter((w) => !w.includes('*'));
  return dirs.flatMap((workspace) => {
    const pkgDir = join(repoRoot, workspace);
    const manifest = readManifest(pkgDir);
    if (WITHOUT_FALLBACK.has(manifest.name)) return [];
    return Object.entries(manifest.exports ?? {})
      .filter(([key]) => key !== '.' && key !== './package.json' && !key.includes('*'))
      .map(([key, target]): [string, string, string] => [
        `${manifest.name}/${key.slice(2)}`,
        pkgDir,
        join(pkgDir, typeof target === 'string' ? target : target.default),
      ]);
  });
}

/** CommonJS resolution as it was before `exports`: the file, with `.js`, or the folder's `main` or `index.js`. */
function resolveWithoutExports(pkgDir: string, subpath: string): string | undefined {
  const base = join(pkgDir, subpath);
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  const folderManifest = join(base, 'package.json');
  const main = isFile(folderManifest)
    ? (JSON.parse(readFileSync(folderManifest, 'utf8')) as { main?: string }).main
    : undefined;
  const fromMain = main ? [join(base, main), `${join(base, main)}.js`, join(base, main, 'index.js')] : [];
  return [base, `${base}.js`, ...fromMain, join(base, 'index.js')].find(isFile);
}

describe.each(namedSubpaths())('%s resolves without package exports', (entry, pkgDir, target) => {
  const subpath = entry.split('/').slice(2).join('/');

  it('to the file its exports name', () => {
    expect(resolveWithoutExports(pkgDir, subpath)).toBe(target);
  });

  it('from a folder the published package contains', () => {
    expect(readManifest(pkgDir).files).toContain(`${subpath}/package.json`);
    expect(dirname(target).startsWith(join(pkgDir, 'dist'))).toBe(true);
  });
});
