/** pact-js's `src/dsl/verifier/types`: the Verifier's options. */
export type { VerifierOptions, PactNodeVerificationExcludedOptions } from '../../../index';
