/** @jest-config-loader esbuild-register */
import { dirname, join } from 'node:path';
import type { Config } from 'jest';

/** Transform TypeScript test files with swc; packages under test are loaded from their built output. */
const transform: Config['transform'] = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
  ],
};

const defaultTestMatch = ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'];

/**
 * The slow end-to-end tests (demo, packaging, official CLI runs, nested Jest, full type checks) run in their own
 * project, `e2e`: `npm test` runs them; `npx jest --selectProjects e2e` (or leaving it out) picks them or not.
 */
const e2eTests = [
  'test/demo.test.ts',
  'test/packaging.test.ts',
  'test/pact-broker-ci-script.test.ts',
  'test/postgres-skip-report.test.ts',
  'packages/core/test/packaging.test.ts',
  'packages/consumer/test/parallel-writers.test.ts',
  'packages/consumer/test/type-safety.test.ts',
  'packages/provider/test/verify-treaty-broker.test.ts',
  'packages/cli/src/commands/official-flags.test.ts',
  'broker/test/pact-cli.test.ts',
  'broker/test/pact-cli-webhooks-auth.test.ts',
  'broker/test/ui-browser.test.ts',
  'broker/test/ui-auth.test.ts',
];
const e2ePaths = e2eTests.map((file) => join(__dirname, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$');

/** One Jest project per workspace package. */
function project(displayName: string, rootDir: string, testMatch = defaultTestMatch): Config {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    transform,
    testMatch,
    testPathIgnorePatterns: ['/node_modules/', ...e2ePaths],
    modulePathIgnorePatterns: ['<rootDir>/dist/'],
  };
}

/** The `e2e` project: exactly the files of {@link e2eTests}, searched only in their folders. */
function e2eProject(): Config {
  const roots = [...new Set(e2eTests.map((file) => `<rootDir>/${dirname(file)}`))];
  return { displayName: 'e2e', rootDir: __dirname, roots, testEnvironment: 'node', transform, testRegex: e2ePaths };
}

const config: Config = {
  projects: [
    project('core', '<rootDir>/packages/core'),
    project('openapi', '<rootDir>/packages/openapi'),
    project('consumer', '<rootDir>/packages/consumer'),
    project('provider', '<rootDir>/packages/provider'),
    project('pact', '<rootDir>/packages/pact'),
    project('broker', '<rootDir>/broker'),
    project('broker-ui', '<rootDir>/packages/broker-ui'),
    project('cli', '<rootDir>/packages/cli'),
    project('orders-api', '<rootDir>/examples/orders-api'),
    project('orders-web', '<rootDir>/examples/orders-web'),
    project('shipping-service', '<rootDir>/examples/shipping-service'),
    project('grpc', '<rootDir>/packages/grpc'),
    project('grpc-consumer', '<rootDir>/examples/grpc-consumer'),
    project('grpc-provider', '<rootDir>/examples/grpc-provider'),
    project('broker-client', '<rootDir>/packages/broker-client'),
    project('repo', '<rootDir>/test', ['<rootDir>/**/*.test.ts']),
    e2eProject(),
  ],
  reporters: ['default', '<rootDir>/scripts/jest-slowest-files.cjs'],
};

export default config;
