// Lint rules, including the package boundaries: core imports no Node built-ins, nothing imports the CLI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Which @treaty packages each source folder must not import (flat config replaces a rule's options, so each folder
// gets exactly one no-restricted-imports entry holding all its patterns). Direction: core <- openapi <- consumer,
// provider <- pact; broker and cli use libraries; nothing imports the CLI, and only the CLI loads the broker (lazily).
const forbiddenPackages = {
  openapi: ['consumer', 'provider', 'pact', 'broker', 'cli'],
  consumer: ['provider', 'pact', 'broker', 'cli'],
  provider: ['consumer', 'pact', 'broker', 'cli'],
  pact: ['broker', 'cli'],
  broker: ['cli'],
  cli: ['broker'],
  // Packages other branches add: the broker client (for the CLI and the verifier), gRPC contracts, the broker's UI.
  'broker-client': ['consumer', 'provider', 'pact', 'broker', 'cli'],
  grpc: ['pact', 'broker', 'cli'],
  'broker-ui': ['consumer', 'provider', 'pact', 'broker', 'cli'],
};
const folders = {
  ...Object.fromEntries(Object.keys(forbiddenPackages).map((name) => [name, `packages/${name}`])),
  broker: 'broker',
};
const packageNames = ['core', ...Object.keys(forbiddenPackages)];

const byName = {
  regex: `^\\.\\.?/(.*/)?(${packageNames.join('|')})/(src|dist)(/|$)`,
  message: 'Import other packages by name (@treaty/x), never through their folders.',
};
const deepImport = {
  group: ['@treaty/*/src', '@treaty/*/src/*', '@treaty/*/dist', '@treaty/*/dist/*'],
  message: 'Import only what a package exports.',
};

function forbidden(name) {
  const message =
    name === 'cli'
      ? 'The CLI loads @treaty/broker lazily (await import) so it runs without it.'
      : `@treaty/${name} may not import these packages: the allowed direction is core <- openapi <- ` +
        'consumer/provider <- pact; broker and cli use libraries; nothing imports the CLI or the broker.';
  const names = forbiddenPackages[name].map((p) => `@treaty/${p}`);
  return { group: [...names, ...names.map((n) => `${n}/*`)], message };
}

const corePatterns = [
  {
    group: [...builtinModules, ...builtinModules.map((m) => `${m}/*`), 'node:*'],
    message: '@treaty/core is pure: no Node built-ins.',
  },
  { regex: '^[^.]', message: '@treaty/core imports no other package: keep it dependency-free.' },
];

// no-restricted-syntax is one entry per file too: every block that sets it lists the shared selectors.
const noDescribeHelper = {
  selector: "FunctionDeclaration[id.name='describe'], VariableDeclarator[id.name='describe']",
  message: 'A helper called describe reads like a test block: name what it describes (describeSelector, ...).',
};
const pureCore = [
  { selector: 'ImportExpression', message: '@treaty/core is pure: no dynamic imports.' },
  { selector: "CallExpression[callee.name='require']", message: '@treaty/core is pure: no require.' },
];
const noDialectChecks = {
  selector: "MemberExpression[property.name='dialect']",
  message:
    'Keep SQL differences in storage/sqlite and storage/postgres: ask the Database (lockRow, lockKey, skipLockedSql).',
};

function rules(patterns, syntax = []) {
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', noDescribeHelper, ...syntax],
  };
}

function boundaries() {
  const blocks = [
    { files: ['packages/core/src/**/*.ts'], ignores: ['**/*.test.ts'], rules: rules(corePatterns, pureCore) },
    { files: ['packages/core/src/**/*.test.ts'], rules: rules([byName, deepImport]) },
  ];
  for (const [name, folder] of Object.entries(folders)) {
    blocks.push({ files: [`${folder}/src/**/*.ts`], rules: rules([forbidden(name), byName, deepImport]) });
  }
  blocks.push({
    files: ['broker/src/storage/repositories/**/*.ts'],
    rules: rules([forbidden('broker'), byName, deepImport], [noDialectChecks]),
  });
  return blocks;
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS bins and scripts.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests and benchmarks read arbitrary JSON answers.
    files: ['**/test/**/*.ts', '**/*.test.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...boundaries(),
  {
    // The broker's web UI runs in the browser.
    files: ['packages/broker-ui/client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Prettier wraps code at 120 but not strings, templates, regexes or comments: this keeps those short too.
    // Exempt: generated code, other tools' fixtures and pact files (kept byte for byte), released migrations.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: [
      '**/fixtures/**',
      '**/pacts/**',
      'docs/**',
      'examples/grpc-consumer/src/inventory-types.ts',
      // Released migrations are never edited, not even their whitespace.
      'broker/src/storage/migrations/001-core.ts',
      'broker/src/storage/migrations/101-webhooks.ts',
      'broker/src/storage/migrations/102-provider-contracts.ts',
    ],
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true }] },
  },
);
