/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/** Transform TypeScript test files with swc; packages under test are loaded from their built output. */
const transform: Config['transform'] = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
  ],
};

const defaultTestMatch = ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'];

/** One Jest project per workspace package. */
function project(displayName: string, rootDir: string, testMatch = defaultTestMatch): Config {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    transform,
    testMatch,
    modulePathIgnorePatterns: ['<rootDir>/dist/'],
  };
}

const config: Config = {
  projects: [
    project('core', '<rootDir>/packages/core'),
    project('openapi', '<rootDir>/packages/openapi'),
    project('consumer', '<rootDir>/packages/consumer'),
    project('provider', '<rootDir>/packages/provider'),
    project('pact', '<rootDir>/packages/pact'),
    project('broker', '<rootDir>/broker'),
    project('cli', '<rootDir>/packages/cli'),
    project('orders-api', '<rootDir>/examples/orders-api'),
    project('orders-web', '<rootDir>/examples/orders-web'),
    project('shipping-service', '<rootDir>/examples/shipping-service'),
    project('broker-client', '<rootDir>/packages/broker-client'),
    project('repo', '<rootDir>/test', ['<rootDir>/**/*.test.ts']),
  ],
};

export default config;
