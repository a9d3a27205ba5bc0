import { providerErrors } from './errors';
import type { VerifierOptions } from './types';

const TREATY_KEYS = ['openapi', 'asyncapi', 'reporters', 'format', 'output'];
const PACT_JS_KEYS = [
  'provider', 'providerBaseUrl', 'pactUrls', 'pactBrokerUrl', 'pactBrokerToken', 'pactBrokerUsername', 'pactBrokerPassword',
  'consumerVersionSelectors', 'consumerVersionTags', 'enablePending', 'includeWipPactsSince', 'providerVersion',
  'providerVersionBranch', 'providerBranch', 'providerVersionTags', 'publishVerificationResult', 'buildUrl', 'stateHandlers',
  'providerStatesSetupUrl', 'requestFilter', 'beforeEach', 'afterEach', 'messageProviders', 'customProviderHeaders', 'timeout',
  'logLevel', 'failIfNoPactsFound', 'consumerFilters', 'disableSslVerification',
];
/** pact-js options Treaty accepts but has no use for (they configure pact-js's proxy or the Rust core). */
const IGNORED_KEYS = ['logFile', 'providerStatesSetupTeardown', 'providerStatesSetupBody', 'transports', 'validateSSL', 'changeOrigin', 'proxyHost'];

function invalid(reason: string, fix: string): Error {
  return providerErrors.TREATY_PROVIDER_INVALID_OPTIONS([reason, fix]);
}

/**
 * Check verifier options and return a frozen copy.
 * @throws TreatyError TREATY_PROVIDER_INVALID_OPTIONS naming the option and what to do
 */
export function checkOptions(options: VerifierOptions): Readonly<VerifierOptions> {
  if (!options || typeof options !== 'object') throw invalid('options must be an object', 'Pass { provider, providerBaseUrl, pactUrls, ... }');
  const known = new Set([...PACT_JS_KEYS, ...TREATY_KEYS, ...IGNORED_KEYS]);
  const unknown = Object.keys(options).filter((key) => !known.has(key));
  if (unknown.length > 0) throw invalid(`unknown option ${unknown.map((k) => `"${k}"`).join(', ')}`, `Valid options are: ${[...PACT_JS_KEYS, ...TREATY_KEYS].join(', ')}`);
  if (!options.pactUrls?.length && !options.pactBrokerUrl) throw invalid('neither pactUrls nor pactBrokerUrl is set', 'Give pact files, directories or URLs in pactUrls, or a broker in pactBrokerUrl');
  if (options.pactBrokerUrl && !options.pactUrls?.length && !options.provider) throw invalid('provider is required to fetch pacts from a broker', 'Set provider to the provider name the consumers use');
  if (options.publishVerificationResult && !options.providerVersion) throw invalid('publishVerificationResult needs providerVersion', 'Set providerVersion (e.g. the git SHA)');
  if (options.providerBaseUrl !== undefined) {
    try {
      new URL(options.providerBaseUrl);
    } catch {
      throw invalid(`providerBaseUrl "${options.providerBaseUrl}" is not a URL`, 'Use e.g. http://127.0.0.1:8080');
    }
  }
  if (options.timeout !== undefined && !(options.timeout > 0)) throw invalid(`timeout must be a positive number of ms, not ${String(options.timeout)}`, 'Leave it out for 30000');
  return Object.freeze({ ...options });
}
