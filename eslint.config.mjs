// Lint rules, including the package boundaries: core imports no Node built-ins, nothing imports the CLI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'http', 'https', 'net', 'path', 'crypto', 'url', 'os', 'child_process'], message: '@treaty/core is pure: no Node built-ins.' }] }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'broker/src/**/*.ts'],
    ignores: ['packages/cli/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@treaty/cli', '@treaty/cli/*'], message: 'Nothing imports the CLI.' }, { group: ['../../*/src/*', '../../../broker/*'], message: 'Import other packages by name.' }] }],
    },
  },
  {
    // The broker's web UI runs in the browser.
    files: ['packages/broker-ui/client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
