import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { compareSurface } from './helpers/api-surface';

// The paths under @pact-foundation/pact/src that pact-js's examples and public projects import from.
const DEEP_PATHS = [
  'src/v4/http/types',
  'src/v3/types',
  'src/v3/matchers',
  'src/dsl/matchers',
  'src/dsl/interaction',
  'src/dsl/message',
  'src/dsl/options',
  'src/dsl/verifier/types',
  'src/dsl/verifier/proxy/types',
  'src/common/request',
  'src/common/jsonTypes',
  'src/v3',
  'src/v4',
];

// What these paths have that Treaty leaves out: HTTP interactions with plugin contents (as in the package root),
// and pact-js's internal HTTP client class.
const LEFT_OUT: Record<string, string[]> = {
  'src/v4/http/types': [
    'V4UnconfiguredInteraction.usingPlugin',
    'export V4InteractionWithPlugin',
    'export V4InteractionWithPluginRequest',
    'export V4InteractionWithPluginResponse',
    'export V4PluginRequestBuilderFunc',
    'export V4PluginResponseBuilderFunc',
    'export V4RequestWithPluginBuilder',
    'export V4ResponseWithPluginBuilder',
  ],
  'src/v4': ['V4UnconfiguredInteraction.usingPlugin'],
  'src/common/request': ['export Request'],
};

const fixtures = path.join(__dirname, 'fixtures', 'deep-imports');
const tsc = require.resolve('typescript/bin/tsc');
const declarations = (file: string) => file.replace(/\.js$/, '.d.ts');

// Plain Node (no Jest resolver): the kind of every value export of each path, loaded with require from
// pact-js, and with require and import from @treaty/pact (with and without the .js pact-js users sometimes add).
const RUNTIME_SCRIPT = `
(async () => {
  const kinds = (m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'default' && k !== '__esModule')
    .map(([k, v]) => [k, typeof v]));
  const out = {};
  for (const p of JSON.parse(process.argv[1])) {
    out[p] = {
      pactJs: kinds(require('@pact-foundation/pact/' + p)),
      require: kinds(require('@treaty/pact/' + p)),
      import: kinds(await import('@treaty/pact/' + p)),
      importJs: kinds(await import('@treaty/pact/' + p + '.js')),
    };
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

describe("pact-js's deep import paths on @treaty/pact (@treaty/pact/src/v4/http/types and the rest)", () => {
  it.each(DEEP_PATHS)(
    '%s has the exports and members pact-js declares there',
    (deepPath) => {
      const theirs = declarations(require.resolve(`@pact-foundation/pact/${deepPath}`));
      const ours = declarations(require.resolve(`@treaty/pact/${deepPath}`));
      expect(path.relative(path.dirname(require.resolve('@treaty/pact')), ours)).toMatch(/^deep\//);
      expect(compareSurface(theirs, ours).missing).toEqual(LEFT_OUT[deepPath] ?? []);
    },
    30_000,
  );

  it('load from CommonJS and ESM in plain Node with the same value exports as pact-js', () => {
    // pact-js's src/v3 and src/v4 are folders (index.js): there is no src/v3.js to import.
    const paths = DEEP_PATHS.filter((p) => !['src/v3', 'src/v4'].includes(p));
    const run = execFileSync(process.execPath, ['-e', RUNTIME_SCRIPT, JSON.stringify(paths)], { cwd: __dirname });
    const loaded = JSON.parse(run.toString());
    for (const deepPath of paths) {
      const { pactJs, ...ours } = loaded[deepPath];
      for (const name of LEFT_OUT[deepPath] ?? []) delete pactJs[name.replace(/^export /, '')];
      for (const [how, kinds] of Object.entries(ours)) {
        expect({ deepPath, how, kinds }).toEqual({ deepPath, how, kinds: expect.objectContaining(pactJs) });
      }
    }
    expect(Object.keys(loaded['src/v3/matchers'].import)).toEqual(expect.arrayContaining(['like', 'eachLike']));
    expect(loaded['src/common/request'].require).toEqual({ HTTPMethods: 'object' });
  }, 30_000);

  it.each(['node16', 'bundler', 'node10'])(
    'type-check a test importing them through the package name under %s module resolution',
    (resolution) => {
      const config = path.join(fixtures, `tsconfig.${resolution}.json`);
      const output = execFileSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8' });
      expect(output).toBe('');
    },
    60_000,
  );
});
