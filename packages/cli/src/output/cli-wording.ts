/** Verifier options (the API's names) and the `treaty verify` flags that set them. */
const optionFlags: Record<string, string> = {
  providerBaseUrl: '--provider-base-url',
  pactUrls: 'pact files (arguments or --pact-url)',
  pactBrokerUrl: '--broker-base-url',
  pactBrokerToken: '--broker-token',
  pactBrokerUsername: '--broker-username',
  pactBrokerPassword: '--broker-password',
  providerVersion: '--provider-app-version',
  providerVersionBranch: '--provider-version-branch',
  providerVersionTags: '--provider-version-tags',
  publishVerificationResult: '--publish-verification-results',
  consumerVersionSelectors: '--consumer-version-selectors',
  consumerVersionTags: '--consumer-version-tags',
  consumerFilters: '--consumer',
  includeWipPactsSince: '--include-wip-pacts-since',
  enablePending: '--enable-pending',
  providerStatesSetupUrl: '--state-change-url',
  customProviderHeaders: '--custom-provider-header',
  failIfNoPactsFound: '--no-fail-if-no-pacts-found',
  buildUrl: '--build-url',
};

const phrases: Array<[RegExp, string]> = [
  [
    /Pass credentials: a token, or a username and password/g,
    'Pass credentials with --broker-token or --broker-username/--broker-password',
  ],
  [/\b(raise|Raise) (the )?timeout\b/g, '$1 --timeout'],
  [/\bSet provider to\b/g, 'Pass --provider with'],
  [/\bprovider is required\b/g, '--provider is required'],
  [/\btimeout must be\b/g, '--timeout must be'],
  [/\bset failIfNoPactsFound: false\b/g, 'pass --no-fail-if-no-pacts-found'],
];

const optionPattern = new RegExp(`\\b(${Object.keys(optionFlags).join('|')})\\b`, 'g');

/**
 * A library's message in the CLI's words: API option names (`providerBaseUrl`) become the flags that set them
 * (`--provider-base-url`), and generic advice names the flag to use.
 */
export function inCliWords(message: string): string {
  let text = message;
  for (const [pattern, replacement] of phrases) text = text.replace(pattern, replacement);
  return text.replace(optionPattern, (name: string) => optionFlags[name]);
}
