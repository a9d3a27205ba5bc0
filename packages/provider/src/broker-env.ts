import type { VerifierOptions } from './types';

/** The verifier options pact-core falls back to an environment variable for, and the variable. */
const BROKER_ENV: ReadonlyArray<readonly [keyof VerifierOptions, string]> = [
  ['pactBrokerUrl', 'PACT_BROKER_BASE_URL'],
  ['pactBrokerToken', 'PACT_BROKER_TOKEN'],
  ['pactBrokerUsername', 'PACT_BROKER_USERNAME'],
  ['pactBrokerPassword', 'PACT_BROKER_PASSWORD'],
];

/**
 * The options with the broker settings pact-js reads from the environment filled in: pact-core uses
 * `PACT_BROKER_BASE_URL`, `PACT_BROKER_TOKEN`, `PACT_BROKER_USERNAME` and `PACT_BROKER_PASSWORD` for each of
 * `pactBrokerUrl`, `pactBrokerToken`, `pactBrokerUsername` and `pactBrokerPassword` that is not set or is empty.
 * @example withBrokerEnv({ pactBrokerUrl: url }, { PACT_BROKER_TOKEN: 't' })
 *   // { pactBrokerUrl: url, pactBrokerToken: 't' }
 */
export function withBrokerEnv(options: VerifierOptions, env: NodeJS.ProcessEnv = process.env): VerifierOptions {
  const filled: Record<string, unknown> = { ...options };
  for (const [option, variable] of BROKER_ENV) {
    // `||` as pact-core has it: an empty option takes the variable too.
    if (!filled[option] && env[variable]) filled[option] = env[variable];
  }
  return filled as VerifierOptions;
}
