import { inCliWords } from './cli-wording';

describe('inCliWords', () => {
  it.each([
    [
      'Failed to start verification: providerBaseUrl "x" is not a URL. Use e.g. http://127.0.0.1:8080.',
      'Failed to start verification: --provider-base-url "x" is not a URL. Use e.g. http://127.0.0.1:8080.',
    ],
    [
      'Failed to start verification: publishVerificationResult needs providerVersion. ' +
        'Set providerVersion (e.g. the git SHA).',
      'Failed to start verification: --publish-verification-results needs --provider-app-version. Set ' +
        '--provider-app-version (e.g. the git SHA).',
    ],
    [
      'Failed to reach the provider at http://x within 100 ms: refused. Start the provider before ' +
        'verifying, or raise timeout.',
      'Failed to reach the provider at http://x within 100 ms: refused. Start the provider before ' +
        'verifying, or raise --timeout.',
    ],
    [
      'Failed to read the broker index: the broker answered 401. ' +
        'Pass credentials: a token, or a username and password.',
      'Failed to read the broker index: the broker answered 401. Pass credentials with --broker-token or ' +
        '--broker-username/--broker-password.',
    ],
    [
      'Failed to verify provider p: no pacts were found. Check pactUrls or the broker selectors, or set ' +
        'failIfNoPactsFound: false.',
      'Failed to verify provider p: no pacts were found. Check pact files (arguments or --pact-url) or the ' +
        'broker selectors, or pass --no-fail-if-no-pacts-found.',
    ],
  ])('%s', (message, expected) => {
    expect(inCliWords(message)).toBe(expected);
  });

  it('leaves words that merely contain an option name alone', () => {
    expect(inCliWords('the providerBaseUrls list and myproviderVersion')).toBe(
      'the providerBaseUrls list and myproviderVersion',
    );
  });
});
