import { closest, distance } from 'fastest-levenshtein';
import { providerErrors } from './errors';
import type { VerifierOptions } from './types';

const TREATY_KEYS = ['openapi', 'asyncapi', 'reporters', 'format', 'output'];
const PACT_JS_KEYS = [
  'provider',
  'providerBaseUrl',
  'pactUrls',
  'pactBrokerUrl',
  'pactBrokerToken',
  'pactBrokerUsername',
  'pactBrokerPassword',
  'consumerVersionSelectors',
  'consumerVersionTags',
  'enablePending',
  'includeWipPactsSince',
  'providerVersion',
  'providerVersionBranch',
  'providerBranch',
  'providerVersionTags',
  'publishVerificationResult',
  'buildUrl',
  'stateHandlers',
  'providerStatesSetupUrl',
  'requestFilter',
  'beforeEach',
  'afterEach',
  'messageProviders',
  'customProviderHeaders',
  'timeout',
  'logLevel',
  'failIfNoPactsFound',
  'consumerFilters',
  'disableSslVerification',
  'transports',
];
/** pact-js options Treaty accepts but has no use for (they configure pact-js's proxy or the Rust core). */
const IGNORED_KEYS = [
  'logFile',
  'providerStatesSetupTeardown',
  'providerStatesSetupBody',
  'validateSSL',
  'changeOrigin',
  'proxyHost',
  'tlsClientOptions',
];
/** Options pact-js still accepts but deprecates (pact-core logs the same warnings). */
const DEPRECATED: Record<string, string> = {
  verbose: 'it no longer has any effect',
  out: 'it no longer has any effect',
  monkeypatch: 'it no longer has any effect',
  logDir: 'it no longer has any effect',
  providerBranch: 'use providerVersionBranch instead',
};
const KNOWN = new Set([...PACT_JS_KEYS, ...TREATY_KEYS, ...IGNORED_KEYS, ...Object.keys(DEPRECATED)]);
const SUGGESTABLE = [...PACT_JS_KEYS, ...TREATY_KEYS];

// The known option an unknown one was probably meant to be, if any is close enough.
function suggestion(key: string): string {
  const near = closest(key, SUGGESTABLE);
  const close = distance(key.toLowerCase(), near.toLowerCase()) <= Math.max(2, Math.floor(key.length / 4));
  return close ? `: did you mean "${near}"?` : '';
}

/**
 * Warnings for options pact-js accepts but deprecates and for options nobody knows (pact-js ignores
 * those silently), each with a did-you-mean where one is close.
 * @example optionWarnings({ verbose: true, pactUrl: ['x'] }) // ['option "verbose" is deprecated: ...', 'unknown option
 *   "pactUrl" is ignored: did you mean "pactUrls"?']
 */
export function optionWarnings(options: object): string[] {
  const warnings: string[] = [];
  for (const key of Object.keys(options)) {
    if (key in DEPRECATED) warnings.push(`option "${key}" is deprecated: ${DEPRECATED[key]}`);
    else if (!KNOWN.has(key)) warnings.push(`unknown option "${key}" is ignored${suggestion(key)}`);
  }
  return warnings;
}

function invalid(reason: string, fix: string): Error {
  return providerErrors.TREATY_PROVIDER_INVALID_OPTIONS([reason, fix]);
}

/**
 * Check verifier options and return a frozen copy; deprecated and unknown options are passed to `warn`.
 * @example checkOptions({ provider: 'api', providerBaseUrl: url, pactUrls: ['./pacts'] }, console.warn)
 * @throws TreatyError TREATY_PROVIDER_INVALID_OPTIONS naming the option and what to do
 */
export function checkOptions(
  options: VerifierOptions,
  warn: (message: string) => void = () => undefined,
): Readonly<VerifierOptions> {
  if (!options || typeof options !== 'object')
    throw invalid('options must be an object', 'Pass { provider, providerBaseUrl, pactUrls, ... }');
  const warnings = optionWarnings(options);
  warnings.forEach((message) => warn(message));
  if (!options.pactUrls?.length && !options.pactBrokerUrl) {
    const typos = warnings
      .filter((w) => w.includes('did you mean'))
      .map((w) => ` (${w})`)
      .join('');
    throw invalid(
      `neither pactUrls nor pactBrokerUrl is set${typos}`,
      'Give pact files, directories or URLs in pactUrls, or a broker in pactBrokerUrl',
    );
  }
  if (options.pactBrokerUrl && !options.pactUrls?.length && !options.provider)
    throw invalid(
      'provider is required to fetch pacts from a broker',
      'Set provider to the provider name the consumers use',
    );
  if (options.publishVerificationResult && !options.providerVersion)
    throw invalid('publishVerificationResult needs providerVersion', 'Set providerVersion (e.g. the git SHA)');
  // `localhost:8080` parses as a URL with the scheme `localhost:`: only http(s) URLs reach a provider.
  if (
    options.providerBaseUrl !== undefined &&
    !(/^https?:\/\/[^/]/i.test(options.providerBaseUrl) && URL.canParse(options.providerBaseUrl))
  ) {
    throw invalid(`providerBaseUrl "${options.providerBaseUrl}" is not a URL`, 'Use e.g. http://127.0.0.1:8080');
  }
  if (options.timeout !== undefined && !(options.timeout > 0))
    throw invalid(`timeout must be a positive number of ms, not ${String(options.timeout)}`, 'Leave it out for 30000');
  return Object.freeze({ ...options });
}
