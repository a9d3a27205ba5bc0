/** pact-js's `src/dsl/options`: the V2 pact and message pact option types. */
export type {
  LogLevel,
  PactV2Options,
  MandatoryPactV2Options,
  PactV2OptionsComplete,
  MessageProviderOptions,
  PactNodeVerificationExcludedOptions,
  PactMessageProviderOptions,
  MessageConsumerOptions,
} from '../../index';
